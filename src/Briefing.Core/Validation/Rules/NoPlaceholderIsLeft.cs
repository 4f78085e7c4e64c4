using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Flags text that still starts with "TODO", as <c>new</c> writes its skeletons. A fresh skeleton is valid
/// (so it can be built and previewed at once) but must not reach a client unnoticed: a warning, which
/// <c>--strict</c> turns into a failed build.
/// </summary>
public sealed class NoPlaceholderIsLeft : IContentRule
{
    public const string Marker = "TODO";

    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        // One report per field, also for a list of texts with several placeholders.
        var reported = new HashSet<(YamlObject, BindableProperty)>();
        foreach (var field in TextFields.Of(content).Where(f => IsPlaceholder(f.Text)))
        {
            if (reported.Add((field.Owner, field.Property)))
            {
                Report(field.Owner, field.Property, diagnostics);
            }
        }
    }

    private static bool IsPlaceholder(string text) => text.TrimStart().StartsWith(Marker, StringComparison.Ordinal);

    private static void Report(YamlObject item, BindableProperty property, DiagnosticBag diagnostics) =>
        diagnostics.Warning(DiagnosticCodes.Placeholder, item.SpanOf(property.Info.Name),
            $"'{property.Key}' still holds the placeholder written by `new`",
            "replace it with what the source says, or delete the field if it is optional");
}
