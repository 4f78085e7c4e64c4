using System.Text.RegularExpressions;
using Briefing.Core.Model;
using Briefing.Pdf.Components;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>A date is never printed more precisely than its source gives it.</summary>
public sealed class DatePrecisionTests
{
    [Fact]
    public void Month_precision_dates_never_print_a_day_in_the_whole_briefing()
    {
        var model = RealBriefing.Model;
        var text = string.Join("\n", Enumerable.Range(1, RealBriefing.Canvas.PageCount).Select(RealBriefing.PageText));
        var dayPrecise = AllDates(model).Where(d => d.Precision == DatePrecision.Day).Select(d => (d.Year, d.Month)).ToHashSet();
        var monthOnly = AllDates(model).Where(d => d.Precision == DatePrecision.Month && !dayPrecise.Contains((d.Year, d.Month))).Distinct().ToList();

        Assert.NotEmpty(monthOnly);
        foreach (var date in monthOnly)
        {
            Assert.Contains(date.ToDisplay(), text, StringComparison.Ordinal);
            Assert.DoesNotMatch($@"\b\d{{1,2}} {Regex.Escape(date.ToDisplay())}", text);
        }
    }

    [Fact]
    public void The_timeline_prints_year_month_and_day_dates_as_given()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [Timeline.Create(c)]);

        var text = Harness.AllText(canvas);
        Assert.Contains("August 2023 Talks reported", text, StringComparison.Ordinal);
        Assert.Contains("14 September 2023 Deal signed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_say_when_their_date_is_inferred_and_why()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [SourceList.Create(c)]);

        var text = Harness.AllText(canvas);
        Assert.Contains("Published August 2023 (inferred: No date is printed; the events date it to August 2023.)", text, StringComparison.Ordinal);
        Assert.Contains("Published 14 September 2023", text, StringComparison.Ordinal);
        Assert.Contains("Publisher not stated", text, StringComparison.Ordinal);
    }

    private static IEnumerable<PartialDate> AllDates(BriefingModel model) =>
        model.Events.Select(e => e.Date)
            .Concat(model.Deals.SelectMany(d => d.Status.Select(s => s.Date)))
            .Concat(model.Sources.Select(s => s.Published));
}
