using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Layout.PdfSharp;

/// <summary>
/// Makes PDFsharp's output reproducible and tidy, then writes the file anew with a fresh xref table:
/// random font-subset tags, XMP UUIDs and the trailer /ID are replaced by values derived from a hash of
/// the content; dates are written in UTC; FlateDecode streams get their missing Adler-32 checksum.
/// </summary>
internal static partial class PdfFinisher
{
    public static byte[] Finish(byte[] pdf, DateTimeOffset created, DateTimeOffset modified)
    {
        var (header, objects, trailer) = PdfFileReader.Read(Encoding.Latin1.GetString(pdf));
        objects = [.. objects.Select(o => CompleteStream(WithDates(o, created, modified)))];

        // Hash the content with every random part blanked, and derive the replacements from it.
        var blanked = objects.Select(o => Blank(o.Value) + "\n" + (o.StreamData is null ? string.Empty : Blank(o.StreamData)));
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(string.Join("\n", blanked)));
        var tags = SubsetTagMap(objects, hash);
        objects = [.. objects.Select(o => o with
        {
            Value = SubsetTag().Replace(o.Value, m => "/" + tags[m.Groups[1].Value] + "+"),
            StreamData = o.StreamData is null ? null : ReplaceUuids(o.StreamData, hash),
        })];

        var id = Convert.ToHexString(hash, 0, 16);
        trailer = TrailerId().Replace(trailer, $"/ID[<{id}><{id}>]");
        return Encoding.Latin1.GetBytes(PdfFileWriter.Write(header, objects, trailer));
    }

    private static PdfObject CompleteStream(PdfObject o)
    {
        if (o.StreamData is null || !o.Value.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            return o;
        }

        var data = ZlibTrailer.Complete(Encoding.Latin1.GetBytes(o.StreamData));
        return o with { Value = PdfSyntax.WithLength(o.Value, data.Length), StreamData = Encoding.Latin1.GetString(data) };
    }

    // PDFsharp formats dates with the machine's time-zone offset; write the caller's instant in UTC instead.
    private static PdfObject WithDates(PdfObject o, DateTimeOffset created, DateTimeOffset modified)
    {
        var value = CreationDate().Replace(o.Value, "/CreationDate" + PdfDate(created));
        value = ModificationDate().Replace(value, "/ModDate" + PdfDate(modified));
        var data = o.StreamData;
        if (data is not null && o.Value.Contains("/Metadata", StringComparison.Ordinal))
        {
            data = XmpCreateDate().Replace(data, $"<xmp:CreateDate>{XmpDate(created)}</xmp:CreateDate>");
            data = XmpModifyDate().Replace(data, $"<xmp:ModifyDate>{XmpDate(modified)}</xmp:ModifyDate>");
        }

        return o with { Value = value, StreamData = data };
    }

    private static string PdfDate(DateTimeOffset date) =>
        "(D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z)";

    private static string XmpDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + "Z";

    private static string Blank(string text) => Uuid().Replace(SubsetTag().Replace(text, "/AAAAAA+"), "uuid:0");

    private static Dictionary<string, string> SubsetTagMap(IEnumerable<PdfObject> objects, byte[] hash)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in objects.SelectMany(o => SubsetTag().Matches(o.Value)))
        {
            var old = match.Groups[1].Value;
            if (map.ContainsKey(old))
            {
                continue;
            }

            for (var attempt = 0; ; attempt++)
            {
                var seed = SHA256.HashData([.. hash, .. BitConverter.GetBytes(map.Count), .. BitConverter.GetBytes(attempt)]);
                var tag = new string([.. seed.Take(6).Select(b => (char)('A' + (b % 26)))]);
                if (used.Add(tag))
                {
                    map[old] = tag;
                    break;
                }
            }
        }

        return map;
    }

    private static string ReplaceUuids(string data, byte[] hash)
    {
        var index = 0;
        return Uuid().Replace(data, _ =>
        {
            var bytes = SHA256.HashData([.. hash, (byte)index++]).AsSpan(0, 16).ToArray();
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 style: name-based
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return "uuid:" + new Guid(bytes).ToString("D");
        });
    }

    [GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"/CreationDate\s*\(D:[^)]*\)")]
    private static partial Regex CreationDate();

    [GeneratedRegex(@"/ModDate\s*\(D:[^)]*\)")]
    private static partial Regex ModificationDate();

    [GeneratedRegex(@"<xmp:CreateDate>[^<]*</xmp:CreateDate>")]
    private static partial Regex XmpCreateDate();

    [GeneratedRegex(@"<xmp:ModifyDate>[^<]*</xmp:ModifyDate>")]
    private static partial Regex XmpModifyDate();
}
