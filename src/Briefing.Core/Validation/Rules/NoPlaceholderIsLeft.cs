using System.Collections;
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
        IEnumerable<YamlObject> documents = [
            .. content.Set.Briefing is { } briefing ? [briefing] : Array.Empty<YamlObject>(),
            .. content.Set.Sources, .. content.Set.Companies, .. content.Set.Deals,
            .. content.Set.Facts, .. content.Set.Events, .. content.Set.Charts];
        foreach (var document in documents)
        {
            Walk(document, diagnostics);
        }
    }

    // Every text field of the object and of the objects it holds, in field order.
    private static void Walk(YamlObject item, DiagnosticBag diagnostics)
    {
        foreach (var property in BindableProperty.Of(item.GetType()))
        {
            switch (property.Info.GetValue(item))
            {
                case string text when IsPlaceholder(text):
                    Report(item, property, diagnostics);
                    break;
                case YamlObject child:
                    Walk(child, diagnostics);
                    break;
                case IEnumerable list and not string:
                    foreach (var element in list)
                    {
                        if (element is YamlObject child)
                        {
                            Walk(child, diagnostics);
                        }
                        else if (element is string text && IsPlaceholder(text))
                        {
                            Report(item, property, diagnostics);
                            break;
                        }
                    }

                    break;
            }
        }
    }

    private static bool IsPlaceholder(string text) => text.TrimStart().StartsWith(Marker, StringComparison.Ordinal);

    private static void Report(YamlObject item, BindableProperty property, DiagnosticBag diagnostics) =>
        diagnostics.Warning(DiagnosticCodes.Placeholder, item.SpanOf(property.Info.Name),
            $"'{property.Key}' still holds the placeholder written by `new`",
            "replace it with what the source says, or delete the field if it is optional");
}
