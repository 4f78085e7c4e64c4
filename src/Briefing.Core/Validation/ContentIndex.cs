using Briefing.Core.Loading;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation;

/// <summary>
/// The content set with its entities looked up by id (the first of any duplicates), so each
/// rule asks "does this id exist" without rebuilding dictionaries.
/// </summary>
public sealed class ContentIndex
{
    public ContentIndex(ContentSet set)
    {
        Set = set;
        Sources = ById(set.Sources, s => s.Id);
        Companies = ById(set.Companies, c => c.Id);
        Deals = ById(set.Deals, d => d.Id);
        Facts = ById(set.Facts, f => f.Id);
        Events = ById(set.Events, e => e.Id);
        Charts = ById(set.Charts, c => c.Id);
    }

    public ContentSet Set { get; }
    public IReadOnlyDictionary<string, SourceDocument> Sources { get; }
    public IReadOnlyDictionary<string, CompanyDocument> Companies { get; }
    public IReadOnlyDictionary<string, DealDocument> Deals { get; }
    public IReadOnlyDictionary<string, FactDocument> Facts { get; }
    public IReadOnlyDictionary<string, EventDocument> Events { get; }
    public IReadOnlyDictionary<string, ChartDocument> Charts { get; }

    /// <summary>Every citation in the content, wherever it stands.</summary>
    public IEnumerable<Citation> AllCitations()
    {
        foreach (var company in Set.Companies)
        {
            foreach (var c in (company.Cites ?? []).Concat(company.Parent?.Cites ?? [])
                         .Concat((company.People ?? []).SelectMany(p => p.Cites)))
            {
                yield return c;
            }
        }

        foreach (var c in Set.Deals.SelectMany(d => d.Cites.Concat(d.Status.SelectMany(s => s.Cites))))
        {
            yield return c;
        }

        foreach (var c in Set.Facts.SelectMany(f => f.Cites).Concat(Set.Events.SelectMany(e => e.Cites)))
        {
            yield return c;
        }
    }

    /// <summary>The fact's figure, when the id names a fact that has one.</summary>
    public FigureEntry? FigureOf(string factId) => Facts.TryGetValue(factId, out var fact) ? fact.Figure : null;

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }
}
