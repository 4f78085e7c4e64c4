using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Flags text that still starts with "TODO", and dates that are still <see cref="PlaceholderDate"/>, as <c>new</c>
/// and <c>init</c> write their skeletons. A skeleton's date is never today's: that would read as a fact nobody
/// checked. The placeholder is a valid date so the skeleton binds and builds without a cascade of errors. A fresh skeleton is valid
/// (so it can be built and previewed at once) but must not reach a client unnoticed: a warning, which
/// <c>--strict</c> turns into a failed build.
/// </summary>
public sealed class NoPlaceholderIsLeft : IContentRule
{
    public const string Marker = "TODO";

    /// <summary>The date skeletons are written with; no source about today's industries is this old.</summary>
    public const string PlaceholderDate = "1900-01-01";

    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        // One report per field, also for a list of texts with several placeholders.
        var reported = new HashSet<(YamlObject, BindableProperty)>();
        foreach (var field in TextFields.Of(content).Where(IsPlaceholder))
        {
            if (reported.Add((field.Owner, field.Property)))
            {
                Report(field, diagnostics);
            }
        }
    }

    private static bool IsPlaceholder(TextFields.TextField field) =>
        field.Text.TrimStart().StartsWith(Marker, StringComparison.Ordinal) || IsPlaceholderDate(field);

    private static bool IsPlaceholderDate(TextFields.TextField field) =>
        field.Property.Format is ValueFormat.PartialDate or ValueFormat.HistoryDate or ValueFormat.Period
        && field.Text.Split('/').Any(part => part.Trim() == PlaceholderDate);

    private static void Report(TextFields.TextField field, DiagnosticBag diagnostics)
    {
        if (IsPlaceholderDate(field))
        {
            diagnostics.Warning(DiagnosticCodes.Placeholder, field.Span,
                $"'{field.Property.Key}' is still the placeholder date {PlaceholderDate} a skeleton is written with",
                "replace it with the real date, as the source gives it (YYYY-MM-DD, YYYY-MM or YYYY); for an edition, the day it is issued");
            return;
        }

        diagnostics.Warning(DiagnosticCodes.Placeholder, field.Span,
            $"'{field.Property.Key}' still holds the placeholder its skeleton was written with",
            "replace it with what the source says, or delete the field if it is optional");
    }
}
