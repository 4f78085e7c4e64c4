using Briefing.Core.Model;

namespace Briefing.Site.Map;

/// <summary>
/// Who is linked to whom: companies that are party to a deal, and their parents and subsidiaries,
/// as nodes; deals (one edge per deal, joining all its parties) and ownership as edges. Companies
/// linked to nothing (e.g. news organisations) are left off the map.
/// </summary>
internal sealed record RelationshipGraph(IReadOnlyList<Company> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static RelationshipGraph From(BriefingModel model)
    {
        var edges = new List<GraphEdge>();
        foreach (var deal in model.Deals)
        {
            // One edge per deal, never one per pair: a three-party deal drawn as a triangle would
            // show a line between two of its parties that reads as a deal of their own.
            var parties = deal.Parties.Select(p => p.CompanyId).Distinct(StringComparer.Ordinal).ToList();
            if (parties.Count > 1)
            {
                edges.Add(new GraphEdge(parties, deal, null));
            }
        }

        var inDeals = model.Deals.SelectMany(d => d.Parties.Select(p => p.CompanyId)).ToHashSet(StringComparer.Ordinal);
        var linked = new HashSet<string>(inDeals, StringComparer.Ordinal);
        var companies = model.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var company in model.Companies.Where(c => c.ParentId is not null))
        {
            if (Related(model, companies, company.Id, inDeals))
            {
                edges.Add(new GraphEdge([company.ParentId!, company.Id], null, company));
                linked.Add(company.Id);
                linked.Add(company.ParentId!);
            }
        }

        return new RelationshipGraph([.. model.Companies.Where(c => linked.Contains(c.Id))], edges);
    }

    /// <summary>
    /// True when the company or one of its ancestors or descendants is in a deal. Through the
    /// model's index, so the cost is the family's depth and the company's own subtree, not all companies.
    /// </summary>
    private static bool Related(BriefingModel model, Dictionary<string, Company> companies, string companyId, HashSet<string> inDeals)
    {
        var family = new HashSet<string>(StringComparer.Ordinal) { companyId };
        for (var id = ParentOf(companyId); id is not null && family.Add(id);)
        {
            id = ParentOf(id);
        }

        var frontier = new Queue<string>([companyId]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in model.SubsidiariesOf(id).Where(c => family.Add(c.Id)))
            {
                frontier.Enqueue(child.Id);
            }
        }

        return family.Overlaps(inDeals);

        string? ParentOf(string id) => companies.TryGetValue(id, out var company) ? company.ParentId : null;
    }
}

/// <summary>
/// A deal between its parties (two or more, in the deal's order), or (when <see cref="Subsidiary"/>
/// is set) ownership from the parent, first, to the subsidiary.
/// </summary>
internal sealed record GraphEdge(IReadOnlyList<string> Companies, Deal? Deal, Company? Subsidiary)
{
    /// <summary>True for a deal of three or more parties: drawn as one hub with a spoke to each party.</summary>
    public bool JoinsMany => Companies.Count > 2;

    /// <summary>Every pair of the edge's companies; the layout keeps them close.</summary>
    public IEnumerable<(string From, string To)> Pairs =>
        Companies.SelectMany((a, i) => Companies.Skip(i + 1).Select(b => (a, b)));
}
