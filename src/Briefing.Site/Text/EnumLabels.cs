using System.Text;

namespace Briefing.Site.Text;

/// <summary>Readers' words for enum values: <c>StrategicCooperationAgreement</c> → "Strategic cooperation agreement".</summary>
internal static class EnumLabels
{
    public static string Label(Enum value)
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsAsciiLetterUpper(c))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}
