using Briefing.Layout.PdfSharp;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Pdf;

public sealed class DeterminismTests
{
    private static readonly PdfSharpWriter Writer = new();

    [Fact]
    public void The_same_document_renders_to_identical_bytes()
    {
        var first = Writer.Write(SampleDocument.Create(), out _);
        var second = Writer.Write(SampleDocument.Create(), out _);

        Assert.True(first.Length > 1000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Random_parts_of_pdfsharp_output_are_replaced_by_content_derived_values()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(Writer.Write(SampleDocument.Create(), out _));
        var other = System.Text.Encoding.Latin1.GetString(Writer.Write(SampleDocument.Create().Add(new Briefing.Layout.Blocks.Paragraph("one more line")), out _));

        Assert.DoesNotContain("/NM", pdf, StringComparison.Ordinal);
        Assert.Contains("/CreationDate(D:20240506050809Z)", pdf, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2024-05-06T05:08:09Z</xmp:CreateDate>", pdf, StringComparison.Ordinal);
        Assert.NotEqual(TrailerId(pdf), TrailerId(other));
    }

    private static string TrailerId(string pdf) => System.Text.RegularExpressions.Regex.Match(pdf, @"/ID\[<([0-9A-F]+)>").Groups[1].Value;
}
