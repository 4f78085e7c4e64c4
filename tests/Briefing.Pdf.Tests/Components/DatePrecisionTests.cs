using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core.Model;
using Briefing.Pdf.Components;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>A date is never printed more precisely than its source gives it.</summary>
public sealed class DatePrecisionTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    /// <summary>
    /// Every month-precision date of the model, read where it is printed (at the anchor of its status step,
    /// event, source or figure row): the month and year are there, and no day stands before the month.
    /// Other dates in the same month elsewhere (the 13 March 2023 signing beside the March 2023 article
    /// about it) do not mask a day wrongly printed here.
    /// </summary>
    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Every_month_precision_date_is_printed_as_a_month_where_it_belongs(PaperSize paper)
    {
        var (layout, canvas) = Sample.On(paper);
        var model = Sample.Model;
        string At(string anchor) => AnchorText.Under(layout, canvas, anchor);
        var checkedKinds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var deal in model.Deals)
        {
            for (var i = 0; i < deal.Status.Count; i++)
            {
                var step = deal.Status[i];
                if (IsMonth(step.Date))
                {
                    // The dated entry starts with its date, in the date column.
                    Assert.StartsWith(step.Date.ToDisplay() + " ", At(Anchors.StatusStep(deal.Id, i + 1)), StringComparison.Ordinal);
                    checkedKinds.Add("status step");
                }
            }

            var profile = At(Anchors.Deal(deal.Id));
            if (deal.CurrentStatus is { } current && IsMonth(current.Date))
            {
                var status = Labels.Of(current.Status);
                Assert.Contains($"{status} · {current.Date.ToDisplay()}", profile, StringComparison.Ordinal);
                Assert.DoesNotMatch($"{Regex.Escape(status)} · {DayBefore(current.Date)}", profile);
                checkedKinds.Add("current status");
            }

            if (deal.Signed is { } signed && IsMonth(signed.Date))
            {
                Assert.Contains($"SIGNED {signed.Date.ToDisplay()}", profile, StringComparison.Ordinal);
                checkedKinds.Add("signing");
            }
        }

        foreach (var item in model.Events.Where(e => IsMonth(e.Date)))
        {
            Assert.StartsWith(item.Date.ToDisplay() + " ", At(Anchors.Event(item.Id)), StringComparison.Ordinal);
            checkedKinds.Add("event");
        }

        foreach (var source in model.Sources.Where(s => IsMonth(s.Published)))
        {
            // The reason a date was inferred may name a day of that month; the date printed after "Published" may not.
            var entry = At(Anchors.Source(model.SourceNumber(source.Id)));
            Assert.Contains($"Published {source.Published.ToDisplay()}", entry, StringComparison.Ordinal);
            Assert.DoesNotMatch($"Published {DayBefore(source.Published)}", entry);
            checkedKinds.Add("source");
        }

        foreach (var fact in model.Figures)
        {
            var figure = fact.Figure!;
            var months = new[] { figure.Period?.Start, figure.Period?.End, figure.AsOf }.Where(d => d is not null && IsMonth(d)).ToList();
            if (months.Count == 0)
            {
                continue;
            }

            // The figure's row in "All figures" holds no other date.
            var row = At(Anchors.Fact(fact.Id));
            Assert.True(Normalise.HasWordsInOrder(row, FigureText.When(figure)), $"{fact.Id}: '{FigureText.When(figure)}' not in '{row}'");
            Assert.All(months, d => Assert.DoesNotMatch(DayBefore(d!), row));
            checkedKinds.Add("figure");
        }

        // The fixture has month-precision dates of each of these kinds; if it stops having them, say so.
        Assert.Superset(new HashSet<string> { "status step", "current status", "event", "source", "figure" }, checkedKinds);
    }

    [Fact]
    public void A_day_before_a_month_is_what_the_check_looks_for()
    {
        var march = new PartialDate(2023, 3);

        Assert.Matches($"Published {DayBefore(march)}", "Published 13 March 2023 (inferred: …)");
        Assert.DoesNotMatch($"Published {DayBefore(march)}", "Published March 2023 (inferred: the 13 March 2023 signing …)");
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

    private static bool IsMonth(PartialDate date) => date.Precision == DatePrecision.Month;

    // "13 March": a day number before the date's month name.
    private static string DayBefore(PartialDate date) =>
        $@"\b\d{{1,2}} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month!.Value)}\b";
}
