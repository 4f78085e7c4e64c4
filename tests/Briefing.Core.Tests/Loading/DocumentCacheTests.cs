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

    [Fact]
    public void A_new_file_refreshes_the_id_hints_of_cached_files_with_errors_and_only_those()
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", """
            id: sales-2021
            statement: Maker sold 26,127 vehicles in 2021.
            figure: {metric: vehicle sales, subject: Cellz, value: 26127, unit: vehicles, period: "2021"}
            cites: [{source: report, at: paragraph 6}]
            """);
        fixture.Load();
        var cache = new DocumentCache();
        var before = BriefingContent.Load(fixture.Directory, cache: cache);
        var misses = cache.Misses;

        File.WriteAllText(Path.Combine(fixture.Directory, "companies", "cellz.yaml"), "id: cellz\nname: Cellz\nroles: [battery-maker]\n");
        var after = BriefingContent.Load(fixture.Directory, cache: cache);

        Assert.StartsWith("did you mean 'cells'?", Hint(before), StringComparison.Ordinal);
        Assert.StartsWith("did you mean 'cellz'?", Hint(after), StringComparison.Ordinal);
        Assert.Equal(misses + 2, cache.Misses); // the new file, and the one file with an error read again
    }

    private static string Hint(LoadOutcome outcome) =>
        outcome.Diagnostics.Single(d => d.Code == DiagnosticCodes.BadFormat).Hint ?? "";
}
