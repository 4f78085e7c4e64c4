using System.Text.RegularExpressions;

namespace Briefing.Pdf.Tests.Support;

/// <summary>Text normalisation for comparing what was written with what was drawn or extracted.</summary>
internal static partial class Normalise
{
    /// <summary>Runs of whitespace become one space; ends trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Without any whitespace: for text whose word gaps a reader may or may not report.</summary>
    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
