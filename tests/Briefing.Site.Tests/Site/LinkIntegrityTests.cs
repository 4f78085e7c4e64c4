using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Site;

public sealed class LinkIntegrityTests
{
    [Fact]
    public void Every_internal_link_and_anchor_resolves_to_a_generated_file_and_id()
    {
        Assert.Empty(SiteLinks.Broken(SampleSite.Rendered));
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page()
    {
        var site = SampleSite.Rendered;
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var page))
        {
            foreach (var href in site.Page(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (SiteLinks.IsExternal(href) || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(new Uri("file:///site/" + page), href).AbsolutePath["/site/".Length..];
                if (site.Pages.Contains(target) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Equal(site.Pages.Where(p => p != "404.html").Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        var duplicates = SampleSite.Rendered.Pages
            .SelectMany(p => SampleSite.Rendered.Page(p).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{p}#{g.Key}"))
            .ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_fact_has_its_stable_anchor_on_the_facts_page()
    {
        var facts = SampleSite.Rendered.Page("facts.html");

        Assert.All(SampleBriefing.Create().Facts, f => Assert.NotNull(facts.GetElementById("fact-" + f.Id)));
    }
}
