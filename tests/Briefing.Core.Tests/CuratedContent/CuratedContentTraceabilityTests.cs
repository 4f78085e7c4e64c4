using Briefing.Core.Diagnostics;

namespace Briefing.Core.Tests.CuratedContent;

/// <summary>
/// Traceability of the curated example: with its stored articles (../shared/seeds, named by
/// briefing.yaml's archive and each source's storedCopy), every cited paragraph exists, every
/// figure is printed in a paragraph it cites and every quoted phrase is word for word; and
/// mistakes planted in a copy of the content are caught. Without ../shared this skips, except
/// under CI=true. Expected to change with the example briefing.
/// </summary>
public sealed class CuratedContentTraceabilityTests
{
    private static readonly string[] ArchiveCodes =
        [DiagnosticCodes.LocatorNotInCopy, DiagnosticCodes.FigureNotInCopy, DiagnosticCodes.QuoteNotInCopy, DiagnosticCodes.StoredCopyMissing];

    [SharedFact(SharedFiles.Seeds)]
    public void Every_citation_figure_and_quote_of_the_example_verifies_against_its_stored_article()
    {
        SharedFiles.Require(SharedFiles.Seeds);

        var diagnostics = BriefingContent.Load(Repository.ContentDirectory).Diagnostics;

        Assert.Empty(diagnostics.Where(d => ArchiveCodes.Contains(d.Code)).Select(d => d.ToString()));
        var done = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ArchiveVerified);
        Assert.Equal("citations checked against 5 stored articles", done.Message);
    }

    [SharedTheory(SharedFiles.Seeds)]
    [InlineData("facts/bjev-sales-2022.yaml", "at: paragraph 8", "at: paragraph 9", DiagnosticCodes.FigureNotInCopy)]
    [InlineData("facts/bjev-sales-2022.yaml", "at: paragraph 8", "at: paragraph 80", DiagnosticCodes.LocatorNotInCopy)]
    [InlineData("facts/bjev-sales-2022.yaml", "value: 50179", "value: 50197", DiagnosticCodes.FigureNotInCopy)]
    [InlineData("facts/great-wall-largest-truck-maker.yaml", "pickup truck maker", "\"pick-up maker\"", DiagnosticCodes.QuoteNotInCopy)]
    [InlineData("sources/baic-catl-news-2023.yaml", "storedCopy: 000_cdabea80a7c7063d.txt", "storedCopy: 000_missing.txt", DiagnosticCodes.StoredCopyMissing)]
    public void A_mistake_planted_in_the_example_is_caught(string file, string from, string to, string code)
    {
        var seeds = SharedFiles.Require(SharedFiles.Seeds);
        var copy = Repository.CopyContent();
        try
        {
            var content = Path.Combine(copy, "content");
            var path = Path.Combine(content, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
            // The copy sits elsewhere, so the archive is given as --archive would give it.
            var read = BriefingContent.Read(content, new DiagnosticBag()) with { ArchiveOverride = seeds };
            var diagnostics = new DiagnosticBag();
            BriefingContent.ValidateAndBuild(read, diagnostics);

            var found = Assert.Single(diagnostics.Items, d => d.Code == code);
            Assert.EndsWith(file, found.Span.File, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
