using System.Text;
using Briefing.Core.Model;

namespace Briefing.Pdf.Text;

/// <summary>Readers' words for the model's enums and lists.</summary>
internal static class Labels
{
    /// <summary><c>StrategicCooperationAgreement</c> → "Strategic cooperation agreement".</summary>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            words.Append(i > 0 && char.IsAsciiLetterUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return words.ToString();
    }

    /// <summary>Source kinds read better with their own words than split enum names.</summary>
    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.PressRelease => "Press release",
        SourceKind.NewsReport => "News report",
        SourceKind.ResearchNote => "Research note",
        SourceKind.Republication => "Republication",
        SourceKind.MachineTranslation => "Machine translation",
        _ => Of((Enum)kind),
    };

    /// <summary>Deal kinds whose words need hyphens the enum names cannot carry.</summary>
    public static string Of(DealKind kind) => kind switch
    {
        DealKind.ContractManufacturingTalks => "Contract-manufacturing talks",
        DealKind.ContractManufacturing => "Contract manufacturing",
        DealKind.LongTermCooperation => "Long-term cooperation",
        _ => Of((Enum)kind),
    };

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
        };
    }

    /// <summary>The first letter in upper case: metrics are stored in lower case ("vehicle sales").</summary>
    public static string Capitalise(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Upper-case text for small labels; the fonts have no small capitals.</summary>
    public static string Caps(string text) => text.ToUpperInvariant();
}
