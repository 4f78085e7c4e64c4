using System.Text;
using System.Text.Json;
using Briefing.Core.Text;
using Briefing.Layout;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Tests.Support;
using Briefing.Pdf.Text;

namespace Briefing.Pdf.Tests.Markdown;

/// <summary>
/// Every example of the CommonMark spec goes through the Markdown-to-PDF path: none may throw, and the
/// letters and digits a reader would see (Markdig's plain-text rendering of the same tree) must reach
/// the page in order. Digits may be added: they are the numbers of ordered lists. The spec lives in ../shared:
/// without it these tests skip, except under CI=true.
/// </summary>
public sealed class CommonMarkCorpusTests
{
    [SharedFact(SharedFiles.CommonMarkSpec)]
    public void Every_example_reaches_the_page()
    {
        var examples = Load();
        Assert.True(examples.Count >= 650, $"expected at least 650 examples in {SharedFiles.Require(SharedFiles.CommonMarkSpec)}");

        var context = Harness.Context(TestModels.Small());
        var markdown = new MarkdownRuns(context.Theme);
        var settings = new DocumentSettings { BaseStyle = context.Theme.Body, HeadingStyles = context.Theme.HeadingStyles };
        var failures = new List<string>();
        foreach (var example in examples)
        {
            try
            {
                var document = new Document(settings).Add(markdown.Blocks(example.Markdown));
                var canvas = new RecordingCanvas();
                LayoutEngine.Layout(document).DrawOn(canvas);
                var drawn = Visible(string.Concat(canvas.Texts.Select(t => t.Text)));
                var expected = Visible(Markdig.Markdown.ToPlainText(example.Markdown, MarkdownText.Pipeline));
                if (!ReachesThePage(expected, drawn))
                {
                    failures.Add($"example {example.Number} ({example.Section}): expected '{expected}', drawn '{drawn}'");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"example {example.Number} ({example.Section}) threw {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {examples.Count} examples failed:\n{string.Join('\n', failures.Take(40))}");
    }

    [SharedFact(SharedFiles.CommonMarkSpec)]
    public void Every_example_together_is_written_by_PDFsharp_into_a_readable_file()
    {
        var context = Harness.Context(TestModels.Small());
        var markdown = new MarkdownRuns(context.Theme);
        var settings = new DocumentSettings { BaseStyle = context.Theme.Body, HeadingStyles = context.Theme.HeadingStyles };
        var document = new Document(settings).Add(Load().SelectMany(e => markdown.Blocks(e.Markdown)));

        var layout = LayoutEngine.Layout(document);
        var bytes = Harness.Writer.Write(layout);

        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(layout.PageCount, pdf.PageCount);
        Assert.True(pdf.PageCount > 20, $"{pdf.PageCount} pages for the whole corpus");
    }

    // Expected must appear in order; anything left over must be list numbers.
    private static bool ReachesThePage(string expected, string drawn)
    {
        var leftover = new StringBuilder();
        var next = 0;
        foreach (var c in drawn)
        {
            if (next < expected.Length && c == expected[next])
            {
                next++;
            }
            else
            {
                leftover.Append(c);
            }
        }

        return next == expected.Length && leftover.ToString().All(char.IsAsciiDigit);
    }

    /// <summary>Letters and digits, in order: what a reader must find whatever the layout.</summary>
    private static string Visible(string text) =>
        new([.. System.Net.WebUtility.HtmlDecode(text).Normalize(NormalizationForm.FormC).Where(char.IsLetterOrDigit)]);

    private static List<Example> Load()
    {
        using var stream = File.OpenRead(SharedFiles.Require(SharedFiles.CommonMarkSpec));
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.EnumerateArray().Select(e => new Example(
            e.GetProperty("example").GetInt32(),
            e.GetProperty("section").GetString() ?? "",
            e.GetProperty("markdown").GetString() ?? ""))];
    }

    private sealed record Example(int Number, string Section, string Markdown);
}
