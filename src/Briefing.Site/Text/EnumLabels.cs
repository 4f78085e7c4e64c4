namespace Briefing.Site.Text;

/// <summary>Readers' words for enum values, the same as the PDF's (<see cref="Core.Model.Labels"/>).</summary>
internal static class EnumLabels
{
    public static string Label(Enum value) => Core.Model.Labels.Of(value);
}
