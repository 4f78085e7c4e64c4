using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Layout.PdfSharp;

/// <summary>
/// Splits a PDF written by PDFsharp (classic xref table, no object streams) into header, objects and
/// trailer dictionary, so <see cref="PdfFinisher"/> can edit objects and write the file anew.
/// </summary>
internal static partial class PdfFileReader
{
    public static (string Header, List<PdfObject> Objects, string Trailer) Read(string file)
    {
        var first = ObjectStart().Match(file);
        if (!first.Success)
        {
            throw new InvalidDataException("No objects found in the PDF.");
        }

        var objects = new List<PdfObject>();
        var position = first.Index;
        while (ObjectHeader().Match(file, position) is { Success: true } header && header.Index == position)
        {
            var valueStart = header.Index + header.Length;
            var valueEnd = PdfSyntax.SkipValue(file, valueStart);
            var value = file[valueStart..valueEnd].Trim();
            var after = PdfSyntax.SkipWhitespace(file, valueEnd);
            string? data = null;
            if (string.CompareOrdinal(file, after, "stream", 0, 6) == 0)
            {
                var dataStart = after + 6;
                dataStart += file[dataStart] == '\r' ? 1 : 0;
                dataStart += file[dataStart] == '\n' ? 1 : 0;
                var length = PdfSyntax.DirectLength(value) ?? throw new InvalidDataException($"Stream object {header.Groups[1].Value} has no direct /Length.");
                data = file.Substring(dataStart, length);
                after = file.IndexOf("endstream", dataStart + length, StringComparison.Ordinal);
            }

            var end = file.IndexOf("endobj", after, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidDataException("Unterminated object in the PDF.");
            }

            objects.Add(new PdfObject(int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture), value, data));
            position = PdfSyntax.SkipWhitespace(file, end + 6);
        }

        var trailer = file.IndexOf("trailer", position, StringComparison.Ordinal);
        if (trailer < 0)
        {
            throw new InvalidDataException("No trailer found in the PDF.");
        }

        var trailerStart = PdfSyntax.SkipWhitespace(file, trailer + 7);
        var trailerDictionary = file[trailerStart..PdfSyntax.SkipValue(file, trailerStart)];
        return (file[..first.Index], objects, trailerDictionary);
    }

    [GeneratedRegex(@"(?m)^\d+ \d+ obj\b")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"\G(\d+) (\d+) obj\s*")]
    private static partial Regex ObjectHeader();
}
