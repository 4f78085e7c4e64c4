using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Validation.Rules;

namespace Briefing.Core.Validation;

/// <summary>Runs every rule over a content set; each reports all it finds.</summary>
public sealed class Validator(IReadOnlyList<IContentRule> rules)
{
    /// <summary>The rules a briefing must satisfy, in the order their reports read best.</summary>
    public static Validator Default { get; } = new(
    [
        new IdsAreUniqueAndMatchFileNames(),
        new ReferencesResolve(),
        new EverythingCitesASource(),
        new PointsAndKeyFiguresRestOnFacts(),
        new FiguresHaveOneSubjectAndAKnownUnit(),
        new StatusHistoryIsInDateOrder(),
        new DatesAreNotAfterTheirSources(),
        new SigningDateMatchesItsStep(),
        new SourcesPrecedeTheEdition(),
        new GrowthRatesMatchTheirFigures(),
        new ConversionsMatchTheirRates(),
        new SourcesAgreeOnFigures(),
        new ChartsShowFiguresOfOneUnit(),
        new ChartsAppearInThePdf(),
        new NoPlaceholderIsLeft(),
        new ImagesComeFromTheSite(),
        new CitationsMatchTheirStoredArticles(),
        new EverySourceAndFactIsUsed(),
    ]);

    public void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        var index = new ContentIndex(content);
        foreach (var rule in rules)
        {
            rule.Check(index, diagnostics);
        }
    }
}
