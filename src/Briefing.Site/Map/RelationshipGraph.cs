using Briefing.Core.Model;

namespace Briefing.Site.Map;

/// <summary>
/// Who is linked to whom: companies that are party to a deal, and their parents and subsidiaries,
/// as nodes; deals (one edge per pair of parties) and ownership as edges. Companies linked to
/// nothing (e.g. news organisations) are left off the map.
/// </summary>
internal sealed record RelationshipGraph(IReadOnlyList<Company> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static RelationshipGraph From(BriefingModel model)
    {
        var edges = new List<GraphEdge>();
        foreach (var deal in model.Deals)
        {
            var parties = deal.Parties.Select(p => p.CompanyId).Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < parties.Count; i++)
            {
                for (var j = i + 1; j < parties.Count; j++)
                {
                    edges.Add(new GraphEdge(parties[i], parties[j], deal, null));
                }
            }
        }

        var inDeals = model.Deals.SelectMany(d => d.Parties.Select(p => p.CompanyId)).ToHashSet(StringComparer.Ordinal);
        var linked = new HashSet<string>(inDeals, StringComparer.Ordinal);
        foreach (var company in model.Companies.Where(c => c.ParentId is not null))
        {
            if (Related(model, company.Id, inDeals))
            {
                edges.Add(new GraphEdge(company.ParentId!, company.Id, null, company));
                linked.Add(company.Id);
                linked.Add(company.ParentId!);
            }
        }

        return new RelationshipGraph([.. model.Companies.Where(c => linked.Contains(c.Id))], edges);
    }

    /// <summary>True when the company or one of its ancestors or descendants is in a deal.</summary>
    private static bool Related(BriefingModel model, string companyId, HashSet<string> inDeals)
    {
        var family = new HashSet<string>(StringComparer.Ordinal) { companyId };
        for (var id = model.Companies.FirstOrDefault(c => c.Id == companyId)?.ParentId; id is not null && family.Add(id);)
        {
            id = model.Companies.FirstOrDefault(c => c.Id == id)?.ParentId;
        }

        var frontier = new Queue<string>([companyId]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in model.Companies.Where(c => c.ParentId == id && family.Add(c.Id)))
            {
                frontier.Enqueue(child.Id);
            }
        }

        return family.Overlaps(inDeals);
    }
}

/// <summary>A line between two companies: a deal, or (when <see cref="Subsidiary"/> is set) ownership.</summary>
internal sealed record GraphEdge(string From, string To, Deal? Deal, Company? Subsidiary);
