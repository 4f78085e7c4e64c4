using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Within a kind, no two files share an id (a second one would silently shadow the first),
/// and each file is named after its id so analysts find entities by name.
/// </summary>
public sealed class IdsAreUniqueAndMatchFileNames : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        var set = content.Set;
        CheckKind(set.Sources, s => s.Id, "source", diagnostics);
        CheckKind(set.Companies, c => c.Id, "company", diagnostics);
        CheckKind(set.Deals, d => d.Id, "deal", diagnostics);
        CheckKind(set.Facts, f => f.Id, "fact", diagnostics);
        CheckKind(set.Events, e => e.Id, "event", diagnostics);
        CheckKind(set.Charts, c => c.Id, "chart", diagnostics);
    }

    private static void CheckKind<T>(IEnumerable<T> documents, Func<T, string> id, string kind, DiagnosticBag diagnostics)
        where T : YamlObject
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var value = id(document);
            if (value.Length == 0)
            {
                continue;
            }

            var span = document.SpanOf("Id");
            if (first.TryGetValue(value, out var original))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, span,
                    $"{kind} id '{value}' is already used by {original.SpanOf("Id")}",
                    "give each entity its own id; ids are how other files refer to it");
                continue;
            }

            first[value] = document;
            var fileName = Path.GetFileNameWithoutExtension(span.File);
            if (fileName != value)
            {
                diagnostics.Warning(DiagnosticCodes.IdNotFileName, span,
                    $"{kind} id '{value}' differs from its file name '{Path.GetFileName(span.File)}'",
                    $"rename the file to {value}.yaml");
            }
        }
    }
}
