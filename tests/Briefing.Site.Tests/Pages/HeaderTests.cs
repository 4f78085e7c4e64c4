using Briefing.Core.Model;
using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

/// <summary>The header's brand: the title's short form, so it stays on one line.</summary>
public sealed class HeaderTests
{
    [Fact]
    public void The_brand_is_the_part_of_the_title_before_a_colon_with_the_full_title_as_its_tooltip()
    {
        const string Title = "Batteries, Brands and Factories: China's Auto–Tech–Battery Partnerships";
        var sample = SampleBriefing.Create();
        var model = new BriefingModel(
            sample.Info with { Title = Title }, sample.Sources, sample.Companies, sample.Deals, sample.Facts, sample.Events, sample.Charts);
        var brand = RenderedSite.Of(model).Page("deals/baic-catl-2023.html").QuerySelector(".site-brand")!;

        Assert.Equal("Batteries, Brands and Factories", brand.TextContent);
        Assert.Equal(Title, brand.GetAttribute("title"));
        Assert.Equal("../index.html", brand.GetAttribute("href"));
    }

    [Fact]
    public void A_title_without_a_colon_is_the_brand_as_it_is()
    {
        Assert.Equal("Batteries, brands and borrowed factories", SampleSite.Rendered.Page("facts.html").QuerySelector(".site-brand")!.TextContent);
    }
}
