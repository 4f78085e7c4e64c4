using System.Globalization;

namespace Briefing.Core.Model;

/// <summary>
/// Words for a figure, shared by the site and the PDF so both products say the same thing:
/// "more than 9%", "CNY 8 billion", "50,179 vehicles".
/// </summary>
public static class FigureText
{
    /// <summary>The qualifier, the number and its unit: "as much as 6.71%".</summary>
    public static string Format(Figure figure)
    {
        var qualifier = QualifierWords(figure.Qualifier);
        var amount = Amount(figure);
        return qualifier.Length == 0 ? amount : $"{qualifier} {amount}";
    }

    /// <summary>The number and unit without the qualifier: "CNY 8 billion", "92.06%".</summary>
    public static string Amount(Figure figure)
    {
        var number = Number(figure.Value);
        var scaled = figure.Scale is { } scale ? $"{number} {ScaleWord(scale)}" : number;
        return figure.Unit switch
        {
            "percent" => $"{scaled}%",
            "percentage-points" => $"{scaled} percentage points",
            var unit when IsCurrency(unit) => $"{unit} {scaled}",
            var unit when IsRate(unit) => $"{scaled} {unit[..3]} per {unit[4..]}",
            var unit => $"{scaled} {unit}",
        };
    }

    /// <summary>A number with thousands separators and the decimals the source gave: 50,179 · 6.8715.</summary>
    public static string Number(decimal value)
    {
        // Decimal keeps trailing zeros from the source text (92.10 stays 92.10); print them as given.
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string QualifierWords(Qualifier qualifier) => qualifier switch
    {
        Qualifier.About => "about",
        Qualifier.MoreThan => "more than",
        Qualifier.AsMuchAs => "as much as",
        Qualifier.UpTo => "up to",
        Qualifier.AtLeast => "at least",
        Qualifier.NoMoreThan => "no more than",
        Qualifier.Over => "over",
        _ => "",
    };

    public static string ScaleWord(Scale scale) => scale switch
    {
        Scale.Thousand => "thousand",
        Scale.Million => "million",
        _ => "billion",
    };

    /// <summary>A three-letter uppercase code is a currency.</summary>
    public static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);

    /// <summary>"CNY/USD" is an exchange rate: so many CNY for one USD.</summary>
    public static bool IsRate(string unit) =>
        unit.Length == 7 && unit[3] == '/' && IsCurrency(unit[..3]) && IsCurrency(unit[4..]);

    /// <summary>When the figure holds: its period, as-of date and time of day, e.g. "26 March 2021, afternoon".</summary>
    public static string When(Figure figure)
    {
        var date = figure.Period?.ToDisplay() ?? figure.AsOf?.ToDisplay();
        return (date, figure.TimeOfDay) switch
        {
            (null, null) => "",
            (null, var time) => time!,
            (var d, null) => d,
            (var d, var time) => $"{d}, {time}",
        };
    }
}
