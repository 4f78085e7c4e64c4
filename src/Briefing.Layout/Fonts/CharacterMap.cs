namespace Briefing.Layout.Fonts;

/// <summary>
/// The Unicode → glyph mapping of a face, read from its 'cmap' table (formats 4 and 12, the ones
/// Unicode fonts use). It tells per-character font fallback which face has a glyph for a code point.
/// </summary>
internal sealed class CharacterMap
{
    private readonly Dictionary<int, ushort> _glyphs;

    private CharacterMap(Dictionary<int, ushort> glyphs) => _glyphs = glyphs;

    public int Count => _glyphs.Count;

    public bool TryGetGlyph(int codePoint, out ushort glyph) => _glyphs.TryGetValue(codePoint, out glyph) && glyph != 0;

    public static CharacterMap Parse(ReadOnlySpan<byte> cmap)
    {
        var glyphs = new Dictionary<int, ushort>();
        var best = FindBestSubtable(cmap);
        if (best < 0)
        {
            return new CharacterMap(glyphs);
        }

        switch (BigEndianReader.UInt16(cmap, best))
        {
            case 4:
                ReadFormat4(cmap[best..], glyphs);
                break;
            case 12:
                ReadFormat12(cmap[best..], glyphs);
                break;
            default:
                break;
        }

        return new CharacterMap(glyphs);
    }

    // Full-repertoire (format 12) tables beat BMP-only (format 4) ones; symbol cmaps are ignored.
    private static int FindBestSubtable(ReadOnlySpan<byte> cmap)
    {
        int count = BigEndianReader.UInt16(cmap, 2);
        int best = -1, bestScore = 0;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (8 * i);
            int platform = BigEndianReader.UInt16(cmap, record);
            int encoding = BigEndianReader.UInt16(cmap, record + 2);
            var offset = (int)BigEndianReader.UInt32(cmap, record + 4);
            if (offset + 2 > cmap.Length)
            {
                continue;
            }

            int format = BigEndianReader.UInt16(cmap, offset);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            var score = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
            if (score > bestScore)
            {
                best = offset;
                bestScore = score;
            }
        }

        return best;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, Dictionary<int, ushort> glyphs)
    {
        var segments = BigEndianReader.UInt16(table, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            int end = BigEndianReader.UInt16(table, ends + (2 * s));
            int start = BigEndianReader.UInt16(table, starts + (2 * s));
            int delta = BigEndianReader.Int16(table, deltas + (2 * s));
            int rangeOffset = BigEndianReader.UInt16(table, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    if (at + 2 > table.Length)
                    {
                        continue;
                    }

                    glyph = BigEndianReader.UInt16(table, at);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    glyphs[c] = (ushort)glyph;
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, Dictionary<int, ushort> glyphs)
    {
        var groups = (int)BigEndianReader.UInt32(table, 12);
        for (var g = 0; g < groups; g++)
        {
            var group = 16 + (12 * g);
            var start = (int)BigEndianReader.UInt32(table, group);
            var end = (int)BigEndianReader.UInt32(table, group + 4);
            var glyph = (int)BigEndianReader.UInt32(table, group + 8);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                glyphs[c] = (ushort)(glyph + (c - start));
            }
        }
    }
}
