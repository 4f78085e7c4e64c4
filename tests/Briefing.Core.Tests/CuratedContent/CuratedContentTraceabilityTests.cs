using System.Globalization;

namespace Briefing.Core.Tests.CuratedContent;

/// <summary>
/// Traceability of the curated example: every figure's number, as the article prints it, is in
/// the text of every source the fact cites. The mapping from source to stored article is test
/// data: the product itself only knows sources by their metadata. The articles live in ../shared/seeds:
/// without them this skips, except under CI=true. Expected to change with the example briefing.
/// </summary>
public sealed class CuratedContentTraceabilityTests
{
    private static readonly Dictionary<string, string> Articles = new(StringComparer.Ordinal)
    {
        ["baic-catl-news-2023"] = "000_cdabea80a7c7063d.txt",
        ["baic-group-press-release-2023"] = "001_12dc8710fa54c8a9.txt",
        ["smm-foton-catl-note-2025"] = "002_e8232f0300c33c79.txt",
        ["xiaomi-great-wall-republication-2021"] = "003_4ccad568487e2533.txt",
        ["xiaomi-great-wall-translation-2021"] = "004_795a158e2bc4ba0e.txt",
    };

    [SharedFact(SharedFiles.Seeds)]
    public void Every_figure_is_printed_in_each_article_it_cites()
    {
        var model = BriefingContent.Load(Repository.ContentDirectory).Model!;
        Assert.Equal(Articles.Keys.Order(StringComparer.Ordinal), model.Sources.Select(s => s.Id).Order(StringComparer.Ordinal));
        var seeds = SharedFiles.Require(SharedFiles.Seeds);
        var missing = new List<string>();

        foreach (var fact in model.Figures)
        {
            foreach (var citation in fact.Cites)
            {
                var text = File.ReadAllText(Path.Combine(seeds, Articles[citation.SourceId]));
                if (!Printings(fact.Figure!.Value).Any(p => text.Contains(p, StringComparison.Ordinal)))
                {
                    missing.Add($"{fact.Id}: {fact.Figure.Value} not in {citation.SourceId}");
                }
            }
        }

        Assert.Empty(missing);
    }

    /// <summary>The ways an article may print a number: 50179, 50,179, 300,000.</summary>
    private static IEnumerable<string> Printings(decimal value)
    {
        var plain = value.ToString(CultureInfo.InvariantCulture);
        yield return plain;
        var decimals = plain.Contains('.', StringComparison.Ordinal) ? plain.Length - plain.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        yield return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
