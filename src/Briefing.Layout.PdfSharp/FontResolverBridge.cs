using Briefing.Layout.Fonts;
using PdfSharp.Fonts;

namespace Briefing.Layout.PdfSharp;

/// <summary>
/// PDFsharp's font resolver is one per process (<see cref="GlobalFontSettings.FontResolver"/>), but fonts
/// belong to each build's <see cref="FontLibrary"/>. So this one resolver owns no fonts: it serves the faces
/// that open canvases lend it while they draw, and forgets a face when the last canvas using it closes.
/// Each face is asked for under its <see cref="FontFace.Key"/>, a hash of its bytes, so PDFsharp never
/// guesses a face by family name, two different files are never confused, and two builds lending the same
/// key lend the same bytes: output does not depend on which build lent first.
/// </summary>
internal sealed class FontResolverBridge : IFontResolver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (FontFace Face, int Lenders)> _faces = new(StringComparer.Ordinal);

    public static FontResolverBridge Instance { get; } = new();

    /// <summary>Faces currently lent, for tests.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _faces.Count;
            }
        }
    }

    public void Lend(FontFace face)
    {
        lock (_gate)
        {
            _faces[face.Key] = _faces.TryGetValue(face.Key, out var lent) ? (lent.Face, lent.Lenders + 1) : (face, 1);
        }
    }

    public void Return(FontFace face)
    {
        lock (_gate)
        {
            if (_faces.TryGetValue(face.Key, out var lent))
            {
                if (lent.Lenders > 1)
                {
                    _faces[face.Key] = (lent.Face, lent.Lenders - 1);
                }
                else
                {
                    _faces.Remove(face.Key);
                }
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        lock (_gate)
        {
            return _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;
        }
    }

    public byte[]? GetFont(string faceName)
    {
        lock (_gate)
        {
            return _faces.TryGetValue(faceName, out var lent) ? lent.Face.Data : null;
        }
    }
}
