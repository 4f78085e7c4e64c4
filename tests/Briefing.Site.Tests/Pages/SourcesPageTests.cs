using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class SourcesPageTests
{
    [Fact]
    public void Numbers_sources_as_the_model_does_with_anchors_citations_point_to()
    {
        var model = SampleBriefing.Create();
        var items = SampleSite.Rendered.Page("sources.html").QuerySelectorAll(".sources > li");

        Assert.Equal(model.Sources.Select(s => "source-" + s.Id), items.Select(i => i.Id));
        Assert.Equal(model.Sources.Select(s => $"[{model.SourceNumber(s.Id)}]"), items.Select(i => i.QuerySelector(".source-number")!.TextContent));
    }

    [Fact]
    public void Lists_the_facts_citing_each_source()
    {
        var model = SampleBriefing.Create();
        var page = SampleSite.Rendered.Page("sources.html");

        foreach (var source in model.Sources)
        {
            var links = page.GetElementById("source-" + source.Id)!.QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href"));
            Assert.Equal(model.FactsCiting(source.Id).Select(f => "facts.html#fact-" + f.Id), links);
        }
    }

    [Fact]
    public void Shows_kind_publisher_or_its_absence_date_precision_inference_and_notes()
    {
        var page = SampleSite.Rendered.Page("sources.html");
        var translation = page.GetElementById("source-reuters-xiaomi-great-wall-2021")!;
        var smm = page.GetElementById("source-smm-foton-catl-2025")!;
        var release = page.GetElementById("source-baic-group-press-release-2023")!;

        Assert.Contains("Machine translation", translation.QuerySelector(".source-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Publisher not stated", translation.QuerySelector(".source-meta em")!.TextContent);
        Assert.Contains("smart cockpits", translation.QuerySelector(".source-notes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Julie Zhu", translation.QuerySelector(".source-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("February 2025", smm.QuerySelector(".source-meta time")!.TextContent);
        Assert.Equal("inferred", smm.QuerySelector(".inferred")!.TextContent);
        Assert.Contains("8 February signing", smm.QuerySelector(".source-note")!.TextContent, StringComparison.Ordinal);
        Assert.Null(release.QuerySelector(".inferred"));
        Assert.Equal("https://www.baicgroup.com.cn/", release.QuerySelector(".source-title a")!.GetAttribute("href"));
        Assert.Null(translation.QuerySelector(".source-title a"));
    }

    [Fact]
    public void Does_not_print_each_sources_language_code()
    {
        var meta = SampleSite.Rendered.Page("sources.html").QuerySelectorAll(".source-meta");

        Assert.All(meta, m => Assert.DoesNotContain("language", m.TextContent, StringComparison.OrdinalIgnoreCase));
    }
}
