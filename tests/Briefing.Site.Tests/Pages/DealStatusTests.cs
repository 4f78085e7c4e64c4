using AngleSharp.Dom;
using Briefing.Core.Model;
using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

/// <summary>
/// Wherever a list shows a deal's status beside a date, the date is that status's own: the
/// Xiaomi–BAIC talks were reported in August 2022 and denied by March 2023, so lists say
/// "Denied · by March 2023", never "August 2022 · Denied".
/// </summary>
public sealed class DealStatusTests
{
    private static readonly BriefingModel Model = SampleBriefing.Create();

    [Fact]
    public void Home_cards_pair_the_current_status_with_its_own_date()
    {
        var cards = SampleSite.Rendered.Page("index.html").QuerySelectorAll(".deal-card");

        Assert.Equal(Model.Deals.Count, cards.Length);
        foreach (var (card, deal) in cards.Zip(Model.Deals))
        {
            AssertCurrentStatus(card, deal);
        }

        var talks = cards.Single(c => c.QuerySelector(".card-title")!.TextContent == "Xiaomi–BAIC reported EV talks");
        Assert.Equal("Reported talks · Denied · by March 2023", talks.QuerySelector(".card-meta")!.TextContent.Trim());
    }

    [Fact]
    public void The_map_pages_deal_list_pairs_the_current_status_with_its_own_date()
    {
        var items = SampleSite.Rendered.Page("map.html").QuerySelectorAll("#deals-heading + ul > li");

        Assert.Equal(Model.Deals.Count, items.Length);
        foreach (var (item, deal) in items.Zip(Model.Deals))
        {
            AssertCurrentStatus(item, deal);
        }
    }

    [Fact]
    public void Company_pages_pair_each_deals_current_status_with_its_own_date()
    {
        foreach (var company in Model.Companies)
        {
            var items = SampleSite.Rendered.Page($"companies/{company.Id}.html").QuerySelectorAll(".deals > li");
            var deals = Model.DealsOf(company.Id);

            Assert.Equal(deals.Count, items.Length);
            foreach (var (item, deal) in items.Zip(deals))
            {
                AssertCurrentStatus(item, deal);
            }
        }
    }

    [Fact]
    public void Related_deals_pair_the_current_status_with_its_own_date()
    {
        var item = SampleSite.Rendered.Page("deals/foton-catl-2025.html").QuerySelector("#related-heading + ul > li")!;

        AssertCurrentStatus(item, Model.Deal("baic-catl-2023"));
    }

    private static void AssertCurrentStatus(IElement item, Deal deal)
    {
        var current = deal.CurrentStatus!;
        var status = item.QuerySelector(".deal-status")!;
        var dates = item.QuerySelectorAll("time");

        Assert.Equal($"{Labels.Of(current.Status)} · {current.Date.ToDisplay()}", status.TextContent);
        // One date only, and it is the current step's: no other date of the deal sits beside its status.
        Assert.Equal(current.Date.ToIso(), Assert.Single(dates).GetAttribute("datetime"));
    }
}
