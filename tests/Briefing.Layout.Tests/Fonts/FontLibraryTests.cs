using Briefing.Layout.Fonts;

namespace Briefing.Layout.Tests.Fonts;

/// <summary>A library lists its folders anew for every document: added and replaced files count at once.</summary>
public sealed class FontLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-font-library-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_font_file_added_after_a_first_look_is_found_by_the_next_catalog()
    {
        var library = new FontLibrary();
        Assert.Null(library.Catalog([_folder]).Find("Newly Added", bold: false, italic: false));

        File.WriteAllBytes(Path.Combine(_folder, "late.ttf"), TestFonts.DejaVuSansAs("Newly Added"));

        var face = library.Catalog([_folder]).Find("Newly Added", bold: false, italic: false);
        Assert.NotNull(face);
        Assert.Equal("Book", face.Style);
    }

    [Fact]
    public void A_font_file_replaced_in_place_is_read_again_and_an_unchanged_one_is_not()
    {
        var library = new FontLibrary();
        var path = Path.Combine(_folder, "face.ttf");
        File.WriteAllBytes(path, TestFonts.DejaVuSansAs("Newly Added"));
        var before = library.Catalog([_folder]).Find("Newly Added", false, false)!;
        Assert.Same(before, library.Catalog([_folder]).Find("Newly Added", false, false));

        File.WriteAllBytes(path, TestFonts.DejaVuSansAs("Newly Added", "DejaVuSans-Bold.ttf"));

        var after = library.Catalog([_folder]).Find("Newly Added", false, false)!;
        Assert.Equal("Bold", after.Style);
        Assert.NotEqual(before.Key, after.Key);
    }

    [Fact]
    public void Two_libraries_share_nothing()
    {
        File.WriteAllBytes(Path.Combine(_folder, "face.ttf"), TestFonts.DejaVuSansAs("Newly Added"));

        var one = new FontLibrary().Catalog([_folder]).Find("Newly Added", false, false);
        var other = new FontLibrary().Catalog([_folder]).Find("Newly Added", false, false);

        Assert.NotSame(one, other);
        Assert.Equal(one!.Key, other!.Key);
    }
}
