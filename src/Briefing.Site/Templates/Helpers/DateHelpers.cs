using Briefing.Core.Model;
using Briefing.Site.Text;
using HandlebarsDotNet;

namespace Briefing.Site.Templates.Helpers;

/// <summary>
/// <c>{{formatDate d}}</c> prints a PartialDate at its own precision inside a machine-readable
/// <c>&lt;time&gt;</c>: a month-precision date never gains a day. <c>{{formatPeriod p}}</c> does the
/// same for a figure's period; a range is text, as &lt;time&gt; cannot hold one.
/// </summary>
internal static class DateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("formatDate", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatDate", arguments, 1, 1);
            writer.WriteSafeString(Time(HelperArguments.Get<PartialDate>("formatDate", arguments, 0)));
        });

        handlebars.RegisterHelper("formatPeriod", (writer, _, arguments) =>
        {
            HelperArguments.Expect("formatPeriod", arguments, 1, 1);
            var period = HelperArguments.Get<Period>("formatPeriod", arguments, 0);
            writer.WriteSafeString(period.End is null ? Time(period.Start) : Html.Escape(period.ToDisplay()));
        });
    }

    // "by" stays outside <time>: the element holds the date itself, the word says it is a bound.
    public static string Time(PartialDate date) =>
        (date.NoLaterThan ? PartialDate.NoLaterThanPrefix : "")
        + $"<time datetime=\"{date.ToIso()}\">{Html.Escape(date.ToDisplayWithoutBound())}</time>";
}
