using Briefing.Layout.Blocks;
using Briefing.Layout.Fonts;
using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Fonts;

public sealed class FontFallbackTests
{
    [Fact]
    public void A_missing_family_falls_back_to_dejavu_with_a_warning()
    {
        var document = TestDocuments.Create(new DocumentSettings { BaseStyle = TestDocuments.Base with { FontFamily = "No Such Family" } })
            .Add(new Paragraph("hello"));

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.Equal("DejaVu Sans", Assert.Single(canvas.Texts).Font);
        Assert.Contains(layout.Warnings, w => w.Code == WarningCodes.FontFamilyMissing && w.Message.Contains("No Such Family", StringComparison.Ordinal));
    }

    [Fact]
    public void Bold_and_italic_pick_the_family_faces()
    {
        var document = TestDocuments.Create().Add(new Paragraph("r ", Run.Bold("b"), " ", Run.Italic("i"), " ", new Run("bi", new TextStyle { Bold = true, Italic = true })));

        var (_, canvas) = TestDocuments.Draw(document);

        var fonts = canvas.Texts.ToDictionary(t => t.Text.Trim(), t => t.Font);
        Assert.Equal("DejaVu Sans", fonts["r"]);
        Assert.Equal("DejaVu Sans Bold", fonts["b"]);
        Assert.Equal("DejaVu Sans Oblique", fonts["i"]);
        Assert.Equal("DejaVu Sans Bold Oblique", fonts["bi"]);
    }

    [Fact]
    public void Characters_the_family_lacks_are_drawn_with_a_face_that_has_them()
    {
        // DejaVu Sans Mono has no 'Ǆ' (U+01C4); DejaVu Sans (the fallback family) has.
        var document = TestDocuments.Create(new DocumentSettings { BaseStyle = TestDocuments.Base with { FontFamily = "DejaVu Sans Mono" } })
            .Add(new Paragraph("abc Ǆ def"));

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.Equal(["abc ", "Ǆ ", "def"], canvas.Texts.Select(t => t.Text));
        Assert.Equal(["DejaVu Sans Mono", "DejaVu Sans", "DejaVu Sans Mono"], canvas.Texts.Select(t => t.Font));
        Assert.Empty(layout.Warnings);
    }

    [Fact]
    public void Characters_no_font_has_are_reported_once_by_code_point()
    {
        var document = TestDocuments.Create()
            .Add(new Paragraph("腾讯 and 腾讯 again"))
            .Add(new Paragraph("腾"));

        var (layout, _) = TestDocuments.Draw(document);

        var warning = Assert.Single(layout.Warnings, w => w.Code == WarningCodes.GlyphsMissing);
        Assert.Contains("U+817E '腾'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("U+8BAF '讯'", warning.Message, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(warning.Message, "U\\+817E"));
    }

    [Fact]
    public void Chinese_names_use_an_installed_cjk_font_or_are_reported_missing()
    {
        // With the system fonts this depends on the machine: a TrueType-outline CJK font (WenQuanYi, Droid
        // Sans Fallback, ...) draws the name; without one, the warning must name the characters.
        var document = new Document(new DocumentSettings()).Add(new Paragraph("Buyer: 腾讯控股"));

        var (layout, canvas) = TestDocuments.Draw(document);

        var name = canvas.Texts.Single(t => t.Text.Contains('腾', StringComparison.Ordinal));
        var missing = layout.Warnings.SingleOrDefault(w => w.Code == WarningCodes.GlyphsMissing);
        var catalog = new FontLibrary().Catalog(new FontSettings().EffectiveFolders());
        var cjkFamilies = catalog.FamilyNames.Where(f => catalog.Find(f, false, false)?.HasGlyph('腾') == true).ToList();
        if (cjkFamilies.Count > 0)
        {
            // Which CJK family wins is the engine's preference order; it must be one that has the glyph.
            Assert.Null(missing);
            Assert.NotEqual("DejaVu Sans", name.Font);
            Assert.Contains(cjkFamilies, f => f.StartsWith(name.Font.Split(' ')[0], StringComparison.Ordinal));
        }
        else
        {
            Assert.NotNull(missing);
            Assert.Contains("U+817E", missing.Message, StringComparison.Ordinal);
            Assert.Equal("DejaVu Sans", name.Font);
        }
    }
}
