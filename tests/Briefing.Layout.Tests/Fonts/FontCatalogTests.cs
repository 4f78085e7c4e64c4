using Briefing.Layout.Fonts;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Fonts;

public sealed class FontCatalogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-layout-fonts-" + Guid.NewGuid().ToString("N"));

    public FontCatalogTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Faces_inside_a_truetype_collection_are_found_and_loaded_on_their_own()
    {
        // PDFsharp cannot read .ttc files; build one from two DejaVu faces and check each comes out whole.
        var path = Path.Combine(_folder, "pair.ttc");
        File.WriteAllBytes(path, TrueTypeCollectionBuilder.Build(
            File.ReadAllBytes(Path.Combine(TestDocuments.DejaVuFolder, "DejaVuSans.ttf")),
            File.ReadAllBytes(Path.Combine(TestDocuments.DejaVuFolder, "DejaVuSans-Bold.ttf"))));

        var catalog = new FontLibrary().Catalog([_folder]);
        var regular = catalog.Find("DejaVu Sans", bold: false, italic: false);
        var bold = catalog.Find("DejaVu Sans", bold: true, italic: false);

        Assert.NotNull(regular);
        Assert.NotNull(bold);
        Assert.Equal("Bold", bold.Style);
        Assert.True(bold.HasGlyph('Ǆ'));
        Assert.True(bold.Measure("Hello", 10) > regular.Measure("Hello", 10), "bold is wider");
        var reference = new FontLibrary().Catalog([TestDocuments.DejaVuFolder]).Find("DejaVu Sans", bold: true, italic: false)!;
        Assert.Equal(reference.Measure("Hello, world", 10), bold.Measure("Hello, world", 10), 6);
        Assert.Equal("true", SfntTag(bold.Data));
    }

    [Fact]
    public void Fonts_with_postscript_outlines_are_not_offered()
    {
        var otf = File.ReadAllBytes(Path.Combine(TestDocuments.DejaVuFolder, "DejaVuSans.ttf"));
        otf[0] = (byte)'O';
        otf[1] = (byte)'T';
        otf[2] = (byte)'T';
        otf[3] = (byte)'O';
        File.WriteAllBytes(Path.Combine(_folder, "cff.otf"), otf);

        var catalog = new FontLibrary().Catalog([_folder]);

        Assert.True(catalog.HasFamily("DejaVu Sans"));
        Assert.True(catalog.IsUnusableFamily("DejaVu Sans"));
        Assert.Null(catalog.Find("DejaVu Sans", false, false));
    }

    [Fact]
    public void Measuring_uses_the_fonts_advance_widths()
    {
        var face = new FontLibrary().Catalog([TestDocuments.DejaVuFolder]).Find("DejaVu Sans", false, false)!;

        // DejaVu Sans: 'i' advance is 569/2048 em, 'W' is 2025/2048 em.
        Assert.Equal(569.0 / 2048 * 10, face.Measure("i", 10), 6);
        Assert.Equal(2025.0 / 2048 * 20, face.Measure("W", 20), 6);
    }

    private static string SfntTag(byte[] data) =>
        data[0] == 0 && data[1] == 1 ? "true" : System.Text.Encoding.ASCII.GetString(data, 0, 4);
}
