using Briefing.Core.Model;
using Briefing.Core.Text;
using Briefing.Site.Text;
using Briefing.Site.Views;

namespace Briefing.Site.Templates;

/// <summary>
/// The functions every site template can call, typed and free of any template engine: the
/// engine adapter imports them under its own naming (Scriban: <c>format_date</c>). Numbers go
/// through <see cref="FigureText"/> so the site and the PDF print them alike. A function returns
/// <see cref="TrustedHtml"/> only for markup it built and escaped itself; plain strings are
/// escaped when printed. A wrong argument is an <see cref="ArgumentException"/> naming the
/// parameter, which the engine reports at that argument's position.
/// </summary>
internal static class TemplateHelpers
{
    /// <summary>What a disallowed URL becomes: a link to nowhere.</summary>
    public const string InertUrl = "#";

    // Dates

    /// <summary>A date at its own precision in a machine-readable <c>&lt;time&gt;</c>; a month never gains a day.</summary>
    public static TrustedHtml FormatDate(PartialDate date) => new(Time(Required(date, nameof(date))));

    /// <summary>A period: one date as <see cref="FormatDate"/>; a range as text, which &lt;time&gt; cannot hold.</summary>
    public static TrustedHtml FormatPeriod(Period period)
    {
        Required(period, nameof(period));
        return new(period.End is null ? Time(period.Start) : Html.Escape(period.ToDisplay()));
    }

    // Figures and numbers

    /// <summary>Qualifier, number and unit: "more than 9%", "CNY 8 billion".</summary>
    public static string FormatFigure(Figure figure) => FigureText.Format(Required(figure, nameof(figure)));

    /// <summary>The figure without its qualifier: "9%".</summary>
    public static string FormatAmount(Figure figure) => FigureText.Amount(Required(figure, nameof(figure)));

    /// <summary>When a figure holds: "26 March 2021, afternoon"; empty when the figure is undated.</summary>
    public static string FormatWhen(Figure figure) => FigureText.When(Required(figure, nameof(figure)));

    /// <summary>A hedge in words: "as much as"; empty for an exact figure.</summary>
    public static string FormatQualifier(Qualifier qualifier) => FigureText.QualifierWords(qualifier);

    /// <summary>A number with thousands separators: "50,179".</summary>
    public static string FormatNumber(decimal number) => FigureText.Number(number);

    /// <summary>A percentage: "92.06%".</summary>
    public static string FormatPercent(decimal number) => FigureText.Amount(Plain(number, "percent", null));

    /// <summary>An amount in a three-letter currency, with an optional scale word: "CNY 8 billion".</summary>
    public static string FormatMoney(decimal amount, string currency, string? scale = null)
    {
        if (!FigureText.IsCurrency(currency))
        {
            throw new ArgumentException($"needs a three-letter currency code, got '{currency}'", nameof(currency));
        }

        Scale? parsed = null;
        if (!string.IsNullOrEmpty(scale))
        {
            parsed = Enum.TryParse<Scale>(scale, ignoreCase: true, out var known) && Enum.IsDefined(known)
                ? known
                : throw new ArgumentException($"scale must be thousand, million or billion, got '{scale}'", nameof(scale));
        }

        return FigureText.Amount(Plain(amount, currency, parsed));
    }

    // Words

    /// <summary>A count and the word that goes with it: "1 fact", "12 facts".</summary>
    public static string Plural(decimal count, string one, string many) => $"{FigureText.Number(count)} {(count == 1 ? one : many)}";

    /// <summary>An enum value in readers' words: "Strategic cooperation agreement".</summary>
    public static string Humanize(Enum value) => EnumLabels.Label(Required(value, nameof(value)));

    // Links

    /// <summary>The URL if <see cref="UrlPolicy"/> allows it (http, https, mailto, relative), else "#": a <c>javascript:</c> link is inert.</summary>
    public static string Url(string? url) => UrlPolicy.IsAllowed(url) ? url!.Trim() : InertUrl;

    /// <summary>Source numbers, each linked to its entry on the sources page: "[1][3]"; nothing for no citations.</summary>
    public static TrustedHtml Cite(IReadOnlyList<CitationView> citations)
    {
        if (Required(citations, nameof(citations)).Count == 0)
        {
            return TrustedHtml.Empty;
        }

        var links = citations.Select(c =>
            $"<a class=\"cite\" href=\"{Html.Escape(Url(c.Href))}\" title=\"{Html.Escape(c.Tooltip)}\">"
            + $"<span class=\"visually-hidden\">Source </span>[{c.Number}]</a>");
        return new($"<span class=\"cites\">{string.Concat(links)}</span>");
    }

    // Markdown

    /// <summary>A Markdown field as block HTML, through <see cref="SafeMarkdown"/>: raw HTML is text, disallowed links lose their target.</summary>
    public static TrustedHtml Markdown(string? text) => new(SafeMarkdown.ToHtml(text));

    /// <summary>The same for a one-line field, without the paragraph.</summary>
    public static TrustedHtml MarkdownInline(string? text) => new(SafeMarkdown.ToInlineHtml(text));

    // "by" stays outside <time>: the element holds the date itself, the word says it is a bound.
    private static string Time(PartialDate date) =>
        (date.NoLaterThan ? PartialDate.NoLaterThanPrefix : "")
        + $"<time datetime=\"{date.ToIso()}\">{Html.Escape(date.ToDisplayWithoutBound())}</time>";

    private static Figure Plain(decimal value, string unit, Scale? scale) =>
        new("", null, null, null, value, scale, unit, Qualifier.Exact, null, null, null, null, null);

    private static T Required<T>(T? value, string parameter)
        where T : class =>
        value ?? throw new ArgumentException($"needs a {typeof(T).Name}, got nothing", parameter);
}
