namespace Briefing.Layout.Fonts;

/// <summary>Glyph advance widths from 'hhea' and 'hmtx', in font units.</summary>
internal sealed class HorizontalMetrics
{
    private readonly ushort[] _advances;

    private HorizontalMetrics(ushort[] advances) => _advances = advances;

    /// <summary>Advance of a glyph; glyphs past the last long metric share its advance (monospaced tails).</summary>
    public int Advance(ushort glyph) => _advances.Length == 0 ? 0 : _advances[Math.Min(glyph, _advances.Length - 1)];

    public static HorizontalMetrics Parse(ReadOnlySpan<byte> hhea, ReadOnlySpan<byte> hmtx)
    {
        int count = BigEndianReader.UInt16(hhea, 34);
        count = Math.Min(count, hmtx.Length / 4);
        var advances = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            advances[i] = BigEndianReader.UInt16(hmtx, 4 * i);
        }

        return new HorizontalMetrics(advances);
    }
}
