using Briefing.Core.Model;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>Sections, outline, running header and footer, and page hygiene of the sample briefing.</summary>
public sealed class DocumentStructureTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [Fact]
    public void Sections_come_in_the_order_briefing_yaml_gives_each_on_a_new_page()
    {
        var layout = Sample.Layout;
        var pages = Sample.Model.Info.Sections.Select(k => layout.AnchorPages[Anchors.Section(k)]).ToList();

        Assert.Equal(1, pages[0]);
        Assert.True(pages.Zip(pages.Skip(1)).All(p => p.Second > p.First), string.Join(", ", pages));
    }

    [Fact]
    public void The_outline_has_an_entry_per_section_with_deals_and_companies_beneath()
    {
        var outline = Sample.Layout.Outline;
        var model = Sample.Model;

        Assert.Equal(model.Info.Sections.Select(SectionCatalog.Title), outline.Where(o => o.Level == 1).Select(o => o.Title));
        Assert.All(outline.Where(o => o.Level == 1), o => Assert.True(o.IsSection));
        Assert.All(model.Deals, d => Assert.Contains(outline, o => o.Level == 2 && o.Title == d.Title));
        // A company with a Chinese name is entered under it with that name, which needs the CJK font to draw.
        var chinese = model.Companies.Where(c => c.ChineseName is not null).ToList();
        Assert.NotEmpty(chinese);
        Assert.All(chinese, c => Assert.Contains(outline, o => o.Level == 2 && o.Title == $"{c.Name} ({c.ChineseName})"));
        Assert.All(model.Companies.Where(c => c.ChineseName is null), c => Assert.Contains(outline, o => o.Level == 2 && o.Title == c.Name));
    }

    [Fact]
    public void The_cover_has_no_header_or_footer_and_every_other_page_has_both()
    {
        var canvas = Sample.Canvas;
        var total = canvas.PageCount;
        var title = Sample.Model.Info.Title;

        Assert.DoesNotContain("Page 1 of", Sample.PageText(1), StringComparison.Ordinal);
        for (var page = 2; page <= total; page++)
        {
            var text = Sample.PageText(page);
            Assert.Contains($"Page {page} of {total}", text, StringComparison.Ordinal);
            Assert.StartsWith(title, text, StringComparison.Ordinal);
            Assert.Contains($"{Sample.Model.Info.Publisher} · Edition of {Sample.Model.Info.Edition.ToDisplay()}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_running_header_names_the_current_section()
    {
        var layout = Sample.Layout;
        var dealsPage = layout.AnchorPages[Anchors.Section(SectionKind.Deals)];
        var header = Sample.Canvas.PageText(dealsPage + 1).Split('\n')[0];

        Assert.EndsWith("Deals", header, StringComparison.Ordinal);
    }

    [Fact]
    public void No_heading_ends_a_page()
    {
        var canvas = Sample.Canvas;
        var bodyBottom = Sample.Layout.Document.PageTemplate.Size.Height - Sample.Layout.Document.PageTemplate.Margins.Bottom;
        foreach (var bookmark in canvas.Commands.OfType<BookmarkAdded>())
        {
            // Something of the body must follow the heading's own line on its page.
            var below = canvas.Texts.Where(t => t.Page == bookmark.Page && t.Y > bookmark.Y + 30 && t.Y < bodyBottom);
            Assert.True(below.Any(), $"'{bookmark.Title}' ends page {bookmark.Page}");
        }
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void No_section_leaves_a_few_lines_alone_on_its_last_page(PaperSize paper)
    {
        var (layout, canvas) = Sample.On(paper);
        var template = layout.Document.PageTemplate;
        var top = template.Margins.Top;
        var bottom = template.Size.Height - template.Margins.Bottom;
        var sections = Sample.Model.Info.Sections;
        var starts = sections.Select(k => layout.AnchorPages[Anchors.Section(k)]).ToList();

        for (var i = 0; i < sections.Count; i++)
        {
            var last = i + 1 < sections.Count ? starts[i + 1] - 1 : layout.PageCount;
            if (last == starts[i])
            {
                continue;
            }

            // How far down the body the section's last page is filled: a sixth of a page (about eight lines) at the least.
            var reach = canvas.Texts.Where(t => t.Page == last && t.Y > top && t.Y < bottom).Max(t => t.Y) - top;
            Assert.True(reach > (bottom - top) / 6, $"{SectionCatalog.Title(sections[i])} ends on page {last} with only {reach:0} pt of {bottom - top:0}");
        }
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void The_briefing_lays_out_and_renders_without_warnings(PaperSize paper)
    {
        Assert.Empty(Sample.WarningsOn(paper));
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_page_margins()
    {
        var template = Sample.Layout.Document.PageTemplate;
        var right = template.Size.Width - template.Margins.Right + 0.5;
        Assert.All(Sample.Canvas.Texts, t => Assert.True(t.X >= template.Margins.Left - 0.5 && t.X + t.Width <= right, $"'{t.Text}' on page {t.Page} at {t.X:0.#}–{t.X + t.Width:0.#}"));
        Assert.All(Sample.Canvas.Texts.Where(t => t.Page > 1), t => Assert.True(t.Y < template.Size.Height - 20, $"'{t.Text}' on page {t.Page} is below the footer"));
    }
}
