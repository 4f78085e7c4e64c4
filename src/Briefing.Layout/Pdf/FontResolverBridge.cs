using System.Collections.Concurrent;
using Briefing.Layout.Fonts;
using PdfSharp.Fonts;

namespace Briefing.Layout.Pdf;

/// <summary>
/// PDFsharp's font resolver for faces chosen by <see cref="FontSystem"/>. Each face is requested under its
/// unique <see cref="FontFace.Key"/> (a hash of its bytes), so PDFsharp never guesses a face by family name
/// and two different files can never be confused.
/// </summary>
internal sealed class FontResolverBridge : IFontResolver
{
    private readonly ConcurrentDictionary<string, FontFace> _faces = new(StringComparer.Ordinal);

    public static FontResolverBridge Instance { get; } = new();

    public void Register(FontFace face) => _faces.TryAdd(face.Key, face);

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.Data : null;
}
