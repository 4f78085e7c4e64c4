using System.Text.Json;
using Briefing.Core.Model;

namespace Briefing.Benchmarks;

/// <summary>
/// The same deals (with their facts), companies and sources as a JSON dump in the form
/// <c>../shared/bench/make-hugo-site.py</c> reads, so Hugo builds the pages Briefing builds.
/// </summary>
internal static class HugoData
{
    public static void Write(BriefingModel model, string path)
    {
        var data = new
        {
            deals = model.Deals.Select(d => new
            {
                id = d.Id,
                title = d.Title,
                summary = d.Summary,
                parties = d.Parties.Select(p => p.CompanyId),
                facts = model.FactsOfDeal(d.Id).Select(f => new
                {
                    id = f.Id,
                    text = f.Statement,
                    // The script formats every value as a number; a fact without a figure shows 0 and no unit.
                    value = f.Figure?.Value ?? 0,
                    unit = f.Figure?.Unit ?? "",
                    source = f.Cites[0].SourceId,
                }),
            }),
            companies = model.Companies.Select(c => new { id = c.Id, name = c.Name, description = c.Description ?? "" }),
            sources = model.Sources.Select(s => new { id = s.Id, title = s.Title, publisher = s.Publisher ?? "" }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(data));
    }
}
