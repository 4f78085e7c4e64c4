using System.Text;

namespace Briefing.Core.Model;

/// <summary>
/// Readers' words for the model's enums and lists, shared by the site and the PDF so both
/// products name things the same way ("Long-term cooperation", "Publisher not stated").
/// </summary>
public static class Labels
{
    /// <summary>What both products print where a source names no publisher.</summary>
    public const string UnknownPublisher = "Publisher not stated";

    /// <summary>
    /// An enum value in words: a few need hyphens the enum names cannot carry; the rest split
    /// at capitals (<c>StrategicCooperationAgreement</c> → "Strategic cooperation agreement").
    /// </summary>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            DealKind.ContractManufacturingTalks => "Contract-manufacturing talks",
            DealKind.LongTermCooperation => "Long-term cooperation",
            _ => Split(value.ToString()),
        };
    }

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

    /// <summary>Upper-case text for small labels (eyebrows, table heads); fonts here have no small capitals.</summary>
    public static string Caps(string text) => text.ToUpperInvariant();

    private static string Split(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            words.Append(i > 0 && char.IsAsciiLetterUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return words.ToString();
    }
}
