using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Layout.PdfSharp;

/// <summary>Writes objects back into a PDF file with a new cross-reference table, so edited objects may change length.</summary>
internal static partial class PdfFileWriter
{
    public static string Write(string header, List<PdfObject> objects, string trailer)
    {
        var output = new StringBuilder(header);
        var offsets = new Dictionary<int, (int Offset, int Generation)>();
        foreach (var o in objects)
        {
            offsets[o.Number] = (output.Length, o.Generation);
            output.Append(CultureInfo.InvariantCulture, $"{o.Number} {o.Generation} obj\n").Append(o.Value);
            if (o.StreamData is not null)
            {
                output.Append("\nstream\n").Append(o.StreamData).Append("\nendstream");
            }

            output.Append("\nendobj\n");
        }

        var size = offsets.Keys.DefaultIfEmpty(0).Max() + 1;
        var xref = output.Length;
        output.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            output.Append(offsets.TryGetValue(n, out var entry)
                ? string.Create(CultureInfo.InvariantCulture, $"{entry.Offset:D10} {entry.Generation:D5} n \n")
                : "0000000000 65535 f \n");
        }

        trailer = TrailerSize().Replace(trailer, $"/Size {size.ToString(CultureInfo.InvariantCulture)}");
        output.Append("trailer\n").Append(trailer).Append(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n");
        return output.ToString();
    }

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex TrailerSize();
}
