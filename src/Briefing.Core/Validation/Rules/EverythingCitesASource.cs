using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Facts, deals, deal steps, people, parent links and events each cite at least one source,
/// so every statement in either product can be traced to an article.
/// </summary>
public sealed class EverythingCitesASource : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var fact in content.Set.Facts)
        {
            Require(fact, fact.Cites, $"fact '{fact.Id}'", diagnostics);
        }

        foreach (var deal in content.Set.Deals)
        {
            Require(deal, deal.Cites, $"deal '{deal.Id}'", diagnostics);
            foreach (var step in deal.Status)
            {
                Require(step, step.Cites, $"the '{step.Status}' step of deal '{deal.Id}'", diagnostics);
            }
        }

        foreach (var company in content.Set.Companies)
        {
            foreach (var person in company.People ?? [])
            {
                Require(person, person.Cites, $"person '{person.Name}'", diagnostics);
            }

            if (company.Parent is { } parent)
            {
                Require(parent, parent.Cites, $"the parent of '{company.Id}'", diagnostics);
            }
        }

        foreach (var item in content.Set.Events)
        {
            Require(item, item.Cites, $"event '{item.Id}'", diagnostics);
        }
    }

    private static void Require(YamlObject owner, List<Citation> cites, string what, DiagnosticBag diagnostics)
    {
        // A missing 'cites' key is already reported by the binder as a missing field.
        if (cites.Count == 0 && owner.HasField("Cites"))
        {
            diagnostics.Error(DiagnosticCodes.NoCitation, owner.SpanOf("Cites"), $"{what} cites no source",
                "add 'cites:' with at least one '- source: <source-id>'");
        }
    }
}
