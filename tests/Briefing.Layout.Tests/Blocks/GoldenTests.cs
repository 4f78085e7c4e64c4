using Briefing.Layout.Blocks;
using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Blocks;

/// <summary>
/// What a small document draws, command by command, compared with a reviewable file in Golden/.
/// Set UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    [Fact]
    public void Heading_paragraph_list_and_link_draw_as_recorded()
    {
        var document = TestDocuments.Create()
            .Add(new Heading(1, "Golden") { Anchor = "golden" })
            .Add(new Paragraph("Plain, ", Run.Bold("bold"), " and ", Run.Hyperlink("a link", "https://example.com/")) { Alignment = TextAlignment.Justify })
            .Add(ListBlock.Numbered(new ListItem("one"), new ListItem("two")));

        var (_, canvas) = TestDocuments.Draw(document);

        Verify("001-heading-paragraph-list.txt", canvas.Describe());
    }

    private static void Verify(string name, string actual)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden", name));
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {name} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
