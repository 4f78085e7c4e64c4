using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class SmokeTests
{
    [Fact]
    public void Sample_site_renders_every_page_kind()
    {
        var site = SampleSite.Rendered;
        var dump = Environment.GetEnvironmentVariable("BRIEFING_SITE_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            site.WriteTo(dump);
        }

        Assert.Contains("index.html", site.Pages);
        Assert.Contains("deals/baic-catl-2023.html", site.Pages);
        Assert.Contains("companies/catl.html", site.Pages);
    }
}
