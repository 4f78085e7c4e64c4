using System.Text.RegularExpressions;
using Briefing.Core.Model;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>The contents page of the sample briefing.</summary>
public sealed partial class ContentsTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [Fact]
    public void Its_page_numbers_are_the_pages_where_the_sections_start()
    {
        var layout = Sample.Layout;
        var contentsPage = layout.AnchorPages[Anchors.Section(SectionKind.Contents)];
        var lines = Sample.Canvas.PageText(contentsPage).Split('\n').Select(Normalise.Collapse).ToList();

        var sections = new SectionCatalog(Sample.Model.Info.Sections).Numbered;
        Assert.NotEmpty(sections);
        for (var i = 0; i < sections.Count; i++)
        {
            var title = SectionCatalog.Title(sections[i]);
            var line = lines.Single(l => Regex.IsMatch(l, $"^{i + 1:00} ?{Regex.Escape(title)} \\d+$"));
            var printed = int.Parse(TrailingNumber().Match(line).Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(layout.AnchorPages[Anchors.Section(sections[i])], printed);
        }
    }

    [Fact]
    public void Every_deal_and_company_is_listed_with_its_page()
    {
        var layout = Sample.Layout;
        var contentsPage = layout.AnchorPages[Anchors.Section(SectionKind.Contents)];
        var links = Sample.Canvas.Commands.OfType<LinkAdded>().Where(l => l.Page == contentsPage).ToList();

        foreach (var anchor in Sample.Model.Deals.Select(d => Anchors.Deal(d.Id)).Concat(Sample.Model.Companies.Select(c => Anchors.Company(c.Id))))
        {
            // The title and the page number each link to the entry.
            Assert.Equal(2, links.Count(l => l.Destination.Anchor == anchor));
            Assert.All(links.Where(l => l.Destination.Anchor == anchor), l => Assert.Equal(layout.AnchorPages[anchor], l.Destination.Page));
        }
    }

    [Fact]
    public void Every_section_entry_is_a_link_to_its_heading()
    {
        var layout = Sample.Layout;
        var contentsPage = layout.AnchorPages[Anchors.Section(SectionKind.Contents)];
        var links = Sample.Canvas.Commands.OfType<LinkAdded>().Where(l => l.Page == contentsPage).ToList();

        foreach (var kind in new SectionCatalog(Sample.Model.Info.Sections).Numbered)
        {
            Assert.Contains(links, l => l.Destination.Anchor == Anchors.Section(kind) && l.Destination.Page == layout.AnchorPages[Anchors.Section(kind)]);
        }
    }

    [GeneratedRegex(@"\d+$")]
    private static partial Regex TrailingNumber();
}
