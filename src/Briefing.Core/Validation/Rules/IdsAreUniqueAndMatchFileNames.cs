using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Within a kind, no two files share an id (a second one would silently shadow the first),
/// and each file is named after its id so analysts find entities by name. When the two differ the id is
/// usually the typo (the file name was typed once, by <c>new</c>); the hint says to rename the file only when
/// it is the odd one out: other files refer to the id and none to the file name, or the name is no valid id.
/// </summary>
public sealed class IdsAreUniqueAndMatchFileNames : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        var set = content.Set;
        var referenced = TextFields.Of(content)
            .Where(f => f.Property.Format == ValueFormat.Id && f.Property.Key != "id")
            .Select(f => f.Text)
            .ToHashSet(StringComparer.Ordinal);
        CheckKind(set.Sources, s => s.Id, "source", referenced, diagnostics);
        CheckKind(set.Companies, c => c.Id, "company", referenced, diagnostics);
        CheckKind(set.Deals, d => d.Id, "deal", referenced, diagnostics);
        CheckKind(set.Facts, f => f.Id, "fact", referenced, diagnostics);
        CheckKind(set.Events, e => e.Id, "event", referenced, diagnostics);
        CheckKind(set.Charts, c => c.Id, "chart", referenced, diagnostics);
    }

    private static void CheckKind<T>(IEnumerable<T> documents, Func<T, string> id, string kind, HashSet<string> referenced, DiagnosticBag diagnostics)
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
                var fileIsOdd = !FormatCheck.IsValid(ValueFormat.Id, fileName) || (referenced.Contains(value) && !referenced.Contains(fileName));
                diagnostics.Warning(DiagnosticCodes.IdNotFileName, span,
                    $"{kind} id '{value}' differs from its file name '{Path.GetFileName(span.File)}'",
                    fileIsOdd
                        ? $"rename the file to {value}.yaml"
                        : $"change the id to '{fileName}' to match the file name");
            }
        }
    }
}
