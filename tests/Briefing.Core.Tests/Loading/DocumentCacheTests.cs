using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Loading;

public sealed class DocumentCacheTests
{
    [Fact]
    public void A_second_load_parses_only_the_changed_file_and_replays_diagnostics()
    {
        using var fixture = new ContentFixture().With("sources/extra.yaml", "id: extra-two\ntitle: t\npublished: 2020\nlanguage: en\nkind: news-report\n");
        fixture.Load();
        var cache = new DocumentCache();

        var first = BriefingContent.Load(fixture.Directory, cache: cache);
        var parsedFirst = cache.Misses;
        var changed = Path.Combine(fixture.Directory, "facts", "sales-2021.yaml");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("26,127", "26 127", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(changed, DateTime.UtcNow.AddSeconds(5));
        var second = BriefingContent.Load(fixture.Directory, cache: cache);

        Assert.Equal(parsedFirst + 1, cache.Misses);
        Assert.Single(second.Diagnostics, d => d.Code == DiagnosticCodes.IdNotFileName);
        Assert.Equal(first.Diagnostics.Count, second.Diagnostics.Count);
        Assert.Contains("26 127", second.Model is null ? "" : second.Model.Fact("sales-2021").Statement, StringComparison.Ordinal);
    }
}
