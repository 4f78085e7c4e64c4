using Briefing.Core.Model;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Components;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

public sealed class DealProfileTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    private static (Briefing.Layout.LaidOutDocument Layout, RecordingCanvas Canvas) Draw()
    {
        var model = TestModels.Small();
        return Harness.Draw(model, c => [DealProfile.Create(c, model.Deals[0], 1, 1), SourceList.Create(c)]);
    }

    [Fact]
    public void It_shows_the_parties_with_their_roles_kind_signing_term_and_scope()
    {
        var text = Harness.AllText(Draw().Canvas);

        Assert.Contains("DEAL 1 OF 1 · STRATEGIC COOPERATION AGREEMENT", text, StringComparison.Ordinal);
        Assert.Contains("Acme — buyer", text, StringComparison.Ordinal);
        Assert.Contains("Beta Batteries — supplier", text, StringComparison.Ordinal);
        Assert.Contains("14 September 2023, Springfield", text, StringComparison.Ordinal);
        Assert.Contains("Five years", text, StringComparison.Ordinal);
        Assert.Contains("Batteries", text, StringComparison.Ordinal);
        Assert.Contains("Acme buys batteries from Beta.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_deal_without_a_term_says_so_and_an_unsigned_one_has_no_term_row()
    {
        var small = TestModels.Small();
        var signed = small.Deals[0] with { Term = null };
        var talks = small.Deals[0] with { Id = "talks", Signed = null, Term = null };
        var model = new BriefingModel(small.Info, small.Sources, small.Companies, [signed, talks], small.Facts, small.Events, small.Charts);

        var signedText = Harness.AllText(Harness.Draw(model, c => [DealProfile.Create(c, model.Deal(signed.Id), 1, 2)]).Canvas);
        var talksText = Harness.AllText(Harness.Draw(model, c => [DealProfile.Create(c, model.Deal("talks"), 2, 2)]).Canvas);

        Assert.Contains("TERM Not stated", signedText, StringComparison.Ordinal);
        Assert.DoesNotContain("TERM", talksText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Related_deals_are_listed_with_their_page_on_the_page_where_the_deal_starts(PaperSize paper)
    {
        var (layout, canvas) = Sample.On(paper);
        var deals = Sample.Model.Deals.Where(d => d.Related.Count > 0).ToList();
        Assert.NotEmpty(deals);

        foreach (var deal in deals)
        {
            var page = layout.AnchorPages[Anchors.Deal(deal.Id)];
            var text = Normalise.Collapse(Reading.Page(canvas, page));
            foreach (var id in deal.Related)
            {
                var entry = $"{Sample.Model.Deal(id).Title}, page {layout.AnchorPages[Anchors.Deal(id)]}";
                Assert.True(Normalise.HasWordsInOrder(text, entry), $"{deal.Id}: '{entry}' not on page {page}");
            }
        }
    }

    [Fact]
    public void The_status_history_keeps_each_dates_precision()
    {
        var text = Harness.AllText(Draw().Canvas);

        Assert.Contains("August 2023 Reported", text, StringComparison.Ordinal);
        Assert.Contains("14 September 2023 Signed", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b\d{1,2} August 2023", text);
    }

    [Fact]
    public void Its_citation_markers_link_to_the_sources_they_name()
    {
        var (layout, canvas) = Draw();

        // Markers are superscript (drawn small); the source list's own "[1]" numbers are not markers.
        var markers = canvas.Texts.Where(t => t.Text is "[1]" or "[2]" && t.Size < 7.5).ToList();
        Assert.NotEmpty(markers);
        var links = canvas.Commands.OfType<LinkAdded>().Where(l => l.Destination.Anchor?.StartsWith("source-", StringComparison.Ordinal) == true).ToList();
        Assert.All(markers, marker =>
        {
            var link = Assert.Single(links, l => l.Page == marker.Page && Math.Abs(l.Area.X - marker.X) < 0.01 && l.Area.Y <= marker.Y && l.Area.Bottom >= marker.Y);
            Assert.Equal("source-" + marker.Text.Trim('[', ']'), link.Destination.Anchor);
            Assert.Equal(layout.AnchorPages[link.Destination.Anchor!], link.Destination.Page);
        });
    }

    [Fact]
    public void The_parties_link_to_their_company_profiles()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [DealProfile.Create(c, model.Deals[0], 1, 1), CompaniesSection.Create(c)]);

        var anchors = canvas.Commands.OfType<LinkAdded>().Select(l => l.Destination.Anchor).ToList();
        Assert.Contains("company-acme", anchors);
        Assert.Contains("company-beta", anchors);
    }
}
