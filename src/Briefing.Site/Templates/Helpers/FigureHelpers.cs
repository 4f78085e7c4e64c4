using Briefing.Core.Model;
using HandlebarsDotNet;

namespace Briefing.Site.Templates.Helpers;

/// <summary>
/// Numbers as the briefing prints them, all through <see cref="FigureText"/> so the site and the
/// PDF agree: <c>{{formatFigure f}}</c> "more than 9%", <c>{{formatAmount f}}</c> "9%", <c>{{formatQualifier q}}</c>
/// "more than", <c>{{formatWhen f}}</c> "26 March 2021, afternoon", <c>{{formatNumber n}}</c> "50,179",
/// <c>{{formatMoney n "CNY" "Billion"}}</c> "CNY 8 billion", <c>{{formatPercent n}}</c> "92.06%".
/// </summary>
internal static class FigureHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("formatFigure", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatFigure", arguments, 1, 1);
            writer.Write(FigureText.Format(HelperArguments.Get<Figure>("formatFigure", arguments, 0)));
        });

        handlebars.RegisterHelper("formatAmount", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatAmount", arguments, 1, 1);
            writer.Write(FigureText.Amount(HelperArguments.Get<Figure>("formatAmount", arguments, 0)));
        });

        handlebars.RegisterHelper("formatWhen", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatWhen", arguments, 1, 1);
            writer.Write(FigureText.When(HelperArguments.Get<Figure>("formatWhen", arguments, 0)));
        });

        handlebars.RegisterHelper("formatQualifier", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatQualifier", arguments, 1, 1);
            var qualifier = arguments[0] as Qualifier?
                ?? throw new HandlebarsRuntimeException("{{formatQualifier}} needs a Qualifier.");
            writer.Write(FigureText.QualifierWords(qualifier));
        });

        handlebars.RegisterHelper("formatNumber", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatNumber", arguments, 1, 1);
            writer.Write(FigureText.Number(HelperArguments.Number("formatNumber", arguments, 0)));
        });

        handlebars.RegisterHelper("formatPercent", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatPercent", arguments, 1, 1);
            writer.Write(FigureText.Amount(Plain(HelperArguments.Number("formatPercent", arguments, 0), "percent", null)));
        });

        handlebars.RegisterHelper("formatMoney", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatMoney", arguments, 2, 3);
            var currency = HelperArguments.Text(arguments, 1);
            if (!FigureText.IsCurrency(currency))
            {
                throw new HandlebarsRuntimeException($"{{{{formatMoney}}}} needs a three-letter currency code, got '{currency}'.");
            }

            writer.Write(FigureText.Amount(Plain(HelperArguments.Number("formatMoney", arguments, 0), currency, ScaleOf(arguments))));
        });
    }

    private static Scale? ScaleOf(in Arguments arguments) => arguments.Length < 3 ? null : arguments[2] switch
    {
        Scale scale => scale,
        string text when Enum.TryParse<Scale>(text, ignoreCase: true, out var parsed) => parsed,
        null => null,
        var other => throw new HandlebarsRuntimeException($"{{{{formatMoney}}}} scale must be Thousand, Million or Billion, got '{other}'."),
    };

    private static Figure Plain(decimal value, string unit, Scale? scale) =>
        new("", null, null, null, value, scale, unit, Qualifier.Exact, null, null, null, null, null);
}
