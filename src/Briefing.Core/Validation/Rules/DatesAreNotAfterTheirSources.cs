using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// A source cannot report what happened after it was published: a deal step or event dated
/// later than every source it cites is a typo in the date or the wrong citation. Dates are
/// compared at the precision both have, so "2023-03" and "2023-03-14" never clash.
/// </summary>
public sealed class DatesAreNotAfterTheirSources : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var deal in content.Set.Deals)
        {
            foreach (var step in deal.Status)
            {
                CheckDate(step, step.Date, step.Cites, content, diagnostics);
            }
        }

        foreach (var item in content.Set.Events)
        {
            CheckDate(item, item.Date, item.Cites, content, diagnostics);
        }
    }

    private static void CheckDate(YamlObject owner, string text, List<Loading.Documents.Citation> cites, ContentIndex content, DiagnosticBag diagnostics)
    {
        var date = PartialDate.TryParse(text, allowNoLaterThan: true);
        var published = cites
            .Select(c => content.Sources.TryGetValue(c.Source, out var s) ? PartialDate.TryParse(s.Published) : null)
            .OfType<PartialDate>()
            .ToList();
        if (date is null || published.Count == 0 || published.Any(p => !IsAfter(date, p)))
        {
            return;
        }

        diagnostics.Error(DiagnosticCodes.DateAfterSource, owner.SpanOf("Date"),
            $"the date {date} is after the publication of every source cited ({string.Join(", ", published)})",
            "check the date, or cite the source that reports it");
    }

    /// <summary>True when <paramref name="date"/> is surely later than <paramref name="published"/>.</summary>
    internal static bool IsAfter(PartialDate date, PartialDate published)
    {
        var precision = (DatePrecision)Math.Min((int)date.Precision, (int)published.Precision);
        return Truncate(date, precision).Earliest > Truncate(published, precision).Earliest;
    }

    private static PartialDate Truncate(PartialDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new PartialDate(date.Year),
        DatePrecision.Month => new PartialDate(date.Year, date.Month),
        _ => date,
    };
}
