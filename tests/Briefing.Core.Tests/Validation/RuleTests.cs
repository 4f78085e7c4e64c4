using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Validation;

/// <summary>
/// Each rule against the valid fixture (passing case: the code never appears there, checked
/// once in <see cref="The_valid_fixture_triggers_no_rule"/>) and one bent file (failing case).
/// </summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData(DiagnosticCodes.DuplicateId)]
    [InlineData(DiagnosticCodes.IdNotFileName)]
    [InlineData(DiagnosticCodes.UnknownReference)]
    [InlineData(DiagnosticCodes.NoCitation)]
    [InlineData(DiagnosticCodes.FigureSubject)]
    [InlineData(DiagnosticCodes.UnknownUnit)]
    [InlineData(DiagnosticCodes.StatusOrder)]
    [InlineData(DiagnosticCodes.DateAfterSource)]
    [InlineData(DiagnosticCodes.GrowthMismatch)]
    [InlineData(DiagnosticCodes.ConversionMismatch)]
    [InlineData(DiagnosticCodes.ConflictingFigures)]
    [InlineData(DiagnosticCodes.ChartBars)]
    [InlineData(DiagnosticCodes.DerivationShape)]
    [InlineData(DiagnosticCodes.UnusedSource)]
    [InlineData(DiagnosticCodes.UnusedFact)]
    [InlineData(DiagnosticCodes.Placeholder)]
    [InlineData(DiagnosticCodes.ValueReadAsComment)]
    [InlineData(DiagnosticCodes.PointWithoutFacts)]
    [InlineData(DiagnosticCodes.KeyFigureWithoutNumber)]
    [InlineData(DiagnosticCodes.ChartNotInPdf)]
    [InlineData(DiagnosticCodes.GrowthNotComparable)]
    [InlineData(DiagnosticCodes.GrowthNotExact)]
    [InlineData(DiagnosticCodes.SourceAfterEdition)]
    [InlineData(DiagnosticCodes.SigningDateMismatch)]
    public void The_valid_fixture_triggers_no_rule(string code)
    {
        using var fixture = new ContentFixture();

        Assert.Empty(fixture.Codes(code));
    }

    [Fact]
    public void Duplicate_ids_across_files_are_errors_naming_the_first()
    {
        using var fixture = new ContentFixture().With("sources/zz-copy.yaml", """
            id: release
            title: Copy
            published: 2023-03-13
            language: en
            kind: press-release
            """);

        var error = Assert.Single(fixture.Codes(DiagnosticCodes.DuplicateId));

        Assert.Contains("zz-copy.yaml", error.Span.File, StringComparison.Ordinal);
        Assert.Contains("release.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_differs_from_its_file_name_is_a_warning()
    {
        using var fixture = new ContentFixture().Without("sources/report.yaml").With("sources/other-name.yaml", """
            id: report
            title: A news report
            published: 2023-03
            language: en
            kind: news-report
            """);

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.IdNotFileName));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("rename the file to report.yaml", warning.Hint);
    }

    [Fact]
    public void A_dangling_reference_suggests_the_closest_ids()
    {
        using var fixture = new ContentFixture().With("events/signing.yaml", """
            id: signing
            date: 2023-03-13
            title: Agreement signed
            deals: [maker-cell]
            cites: [{source: relase}]
            """);

        var errors = fixture.Codes(DiagnosticCodes.UnknownReference);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Hint == "did you mean 'maker-cells'?" && e.Span.Line == 4);
        Assert.Contains(errors, e => e.Hint == "did you mean 'release'?" && e.Span.Line == 5);
    }

    [Fact]
    public void A_file_that_fails_to_read_is_not_also_reported_as_an_unknown_id_elsewhere()
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", "id: sales-2021\nstatement: Sold: 1\n  figure: x\n");

        var diagnostics = fixture.Load().Diagnostics;

        Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
    }

    [Theory]
    [InlineData("value: 26127", "value: 26,127", DiagnosticCodes.WrongType)]
    [InlineData("unit: vehicles", "unit: cars", DiagnosticCodes.UnknownUnit)]
    [InlineData("subject: maker", "subject: Maker", DiagnosticCodes.BadFormat)]
    public void One_bad_value_is_reported_once_not_again_by_rules_over_other_files(string good, string bad, string code)
    {
        const string Fact = """
            id: sales-2021
            statement: Maker sold 26,127 vehicles in 2021.
            figure:
              metric: vehicle sales
              subject: maker
              value: 26127
              unit: vehicles
              period: "2021"
            cites: [{source: report, at: paragraph 6}]
            """;
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", Fact.Replace(good, bad, StringComparison.Ordinal));

        var problems = fixture.Load().Diagnostics.Where(d => d.Severity != Severity.Info).ToList();

        var only = Assert.Single(problems);
        Assert.Equal(code, only.Code);
        Assert.EndsWith("sales-2021.yaml", only.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_left_as_a_TODO_placeholder_is_a_warning_where_it_stands()
    {
        using var fixture = new ContentFixture().With("facts/draft.yaml", """
            id: draft
            statement: "TODO: what the source says, in our own words"
            figure:
              metric: "TODO: the measure"
              subject: maker
              value: 1
              unit: vehicles
              period: "2022"
            cites: [{source: report, at: "TODO: paragraph"}]
            deals: [maker-cells]
            """);

        var warnings = fixture.Codes(DiagnosticCodes.Placeholder);

        Assert.Equal([(2, 12), (4, 11), (9, 30)], warnings.Select(w => (w.Span.Line, w.Span.Column)));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("'statement'", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_reference_suggests_the_id_it_meant()
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", """
            id: sales-2021
            statement: Maker sold 26,127 vehicles in 2021.
            figure: {metric: vehicle sales, subject: Maker, value: 26127, unit: vehicles, period: "2021"}
            cites: [{source: report, at: paragraph 6}]
            """);

        var error = Assert.Single(fixture.Codes(DiagnosticCodes.BadFormat));

        Assert.Contains("not valid for 'subject'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean 'maker'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_citing_nothing_is_an_error()
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", """
            id: sales-2021
            statement: s
            figure: {metric: vehicle sales, subject: maker, value: 26127, unit: vehicles, period: "2021"}
            cites: []
            """);

        var error = Assert.Single(fixture.Codes(DiagnosticCodes.NoCitation));

        Assert.Equal(4, error.Span.Line);
    }

    [Theory]
    [InlineData("subject: maker, market: China", DiagnosticCodes.FigureSubject)]
    [InlineData("unit: vehicles", DiagnosticCodes.FigureSubject)]
    public void A_figure_has_exactly_one_subject_or_market(string fields, string code)
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", $$"""
            id: sales-2021
            statement: s
            figure: {metric: vehicle sales, {{fields}}, value: 26127, unit: vehicles, period: "2021"}
            cites: [{source: report}]
            """.Replace(", unit: vehicles, value", ", value", StringComparison.Ordinal));

        Assert.Single(fixture.Codes(code));
    }

    [Fact]
    public void An_unknown_unit_is_an_error()
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", """
            id: sales-2021
            statement: s
            figure: {metric: vehicle sales, subject: maker, value: 26127, unit: cars, period: "2021"}
            cites: [{source: report}]
            """);

        Assert.Single(fixture.Codes(DiagnosticCodes.UnknownUnit));
    }

    [Fact]
    public void Status_steps_out_of_date_order_are_a_warning()
    {
        using var fixture = new ContentFixture().With("deals/maker-cells.yaml", """
            id: maker-cells
            title: t
            kind: memorandum
            parties: [{company: maker, role: a}]
            status:
              - {status: signed, date: 2023-03-13, cites: [{source: release}]}
              - {status: reported, date: 2023-03-01, cites: [{source: release}]}
            summary: s
            cites: [{source: release}]
            """);

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.StatusOrder));

        Assert.Equal(7, warning.Span.Line);
    }

    [Theory]
    [InlineData("2023-03-14", true)]
    [InlineData("2023-04", true)]
    [InlineData("2023-03", false)]
    [InlineData("2023", false)]
    [InlineData("2023-03-13", false)]
    [InlineData("by 2023-03-13", false)]
    [InlineData("by 2023-04", true)]
    public void An_event_later_than_its_sources_is_an_error_at_comparable_precision(string date, bool expectError)
    {
        using var fixture = new ContentFixture().With("events/signing.yaml", $"""
            id: signing
            date: {date}
            title: Agreement signed
            cites: [{"{"}source: release{"}"}]
            """);

        Assert.Equal(expectError, fixture.Codes(DiagnosticCodes.DateAfterSource).Count == 1);
    }

    [Theory]
    [InlineData("92.06", false)]
    [InlineData("92.1", false)]
    [InlineData("92", false)]
    [InlineData("92.6", true)]
    [InlineData("92.08", true)]
    public void A_growth_rate_must_match_its_two_figures_to_its_printed_decimals(string stated, bool expectError)
    {
        using var fixture = new ContentFixture().With("facts/growth-2022.yaml", $$"""
            id: growth-2022
            statement: s
            figure:
              metric: vehicle sales growth
              subject: maker
              value: {{stated}}
              unit: percent
              growthOf: {from: sales-2021, to: sales-2022}
            cites: [{source: report}]
            """);

        var errors = fixture.Codes(DiagnosticCodes.GrowthMismatch);

        Assert.Equal(expectError, errors.Count == 1);
        Assert.All(errors, e => Assert.Equal(6, e.Span.Line));
    }

    [Fact]
    public void A_growth_rate_between_different_units_is_a_shape_error()
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", """
            id: sales-2021
            statement: s
            figure: {metric: vehicle sales, subject: maker, value: 26127, unit: CNY, period: "2021"}
            cites: [{source: report}]
            """);

        Assert.Single(fixture.Codes(DiagnosticCodes.DerivationShape));
    }

    [Theory]
    [InlineData("1.16", "CNY/USD", "6.8715", false)]
    [InlineData("1.17", "CNY/USD", "6.8715", true)]
    [InlineData("1.16", "USD/CNY", "0.14553", false)]
    [InlineData("1.16", "EUR/USD", "6.8715", true)]
    public void A_conversion_must_match_amount_and_rate(string usd, string rateUnit, string rate, bool expectError)
    {
        using var fixture = new ContentFixture()
            .With("facts/issue-cny.yaml", """
                id: issue-cny
                statement: s
                figure: {metric: share issue, subject: maker, value: 8, scale: billion, unit: CNY, qualifier: up-to}
                cites: [{source: report}]
                """)
            .With("facts/rate.yaml", $$"""
                id: rate
                statement: s
                figure: {metric: exchange rate, market: currency, value: {{rate}}, unit: {{rateUnit}}}
                cites: [{source: report}]
                """)
            .With("facts/issue-usd.yaml", $$"""
                id: issue-usd
                statement: s
                figure:
                  metric: share issue (USD)
                  subject: maker
                  value: {{usd}}
                  scale: billion
                  unit: USD
                  convertedFrom: {amount: issue-cny, rate: rate}
                cites: [{source: report}]
                """);

        var diagnostics = fixture.Load().Diagnostics;

        var problems = diagnostics.Where(d => d.Code is DiagnosticCodes.ConversionMismatch or DiagnosticCodes.DerivationShape).ToList();
        Assert.Equal(expectError, problems.Count == 1);
    }

    [Theory]
    [InlineData("afternoon", "early trading", false)]
    [InlineData("afternoon", "afternoon", true)]
    public void Differing_figures_for_the_same_time_warn_but_different_times_of_day_do_not(string first, string second, bool expectWarning)
    {
        static string Move(string id, string value, string time, string source) => $$"""
            id: {{id}}
            statement: s
            figure: {metric: share price change, subject: maker, segment: Hong Kong shares, value: {{value}}, unit: percent, qualifier: more-than, asOf: 2021-03-26, timeOfDay: {{time}}}
            cites: [{source: {{source}}}]
            """;
        using var fixture = new ContentFixture()
            .With("facts/move-a.yaml", Move("move-a", "8", first, "report"))
            .With("facts/move-b.yaml", Move("move-b", "15", second, "release"));

        var warnings = fixture.Codes(DiagnosticCodes.ConflictingFigures);

        Assert.Equal(expectWarning, warnings.Count == 1);
        Assert.All(warnings, w =>
        {
            Assert.Contains("move-a", w.Message, StringComparison.Ordinal);
            Assert.Contains("move-b", w.Message, StringComparison.Ordinal);
            Assert.Contains("report", w.Message, StringComparison.Ordinal);
            Assert.Contains("release", w.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_chart_bar_on_a_fact_without_a_figure_is_an_error()
    {
        using var fixture = new ContentFixture()
            .With("facts/plain.yaml", "id: plain\nstatement: s\ncites: [{source: report}]\n")
            .With("charts/sales.yaml", """
                id: sales
                title: Sales
                description: d
                bars:
                  - {fact: sales-2021, label: "2021"}
                  - {fact: plain, label: plain}
                """);

        var error = Assert.Single(fixture.Codes(DiagnosticCodes.ChartBars));

        Assert.Equal(6, error.Span.Line);
    }

    [Fact]
    public void A_chart_mixing_units_is_an_error()
    {
        using var fixture = new ContentFixture().With("charts/sales.yaml", """
            id: sales
            title: Sales
            description: d
            bars:
              - {fact: sales-2021, label: "2021"}
              - {fact: growth-2022, label: growth}
            """);

        Assert.Single(fixture.Codes(DiagnosticCodes.ChartBars));
    }

    [Fact]
    public void Unused_sources_and_facts_are_information()
    {
        using var fixture = new ContentFixture()
            .With("sources/lonely.yaml", "id: lonely\ntitle: t\npublished: 2020\nlanguage: en\nkind: news-report\n")
            .With("facts/orphan.yaml", "id: orphan\nstatement: s\ncites: [{source: report}]\n");

        var diagnostics = fixture.Load().Diagnostics;

        Assert.Equal(Severity.Info, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnusedSource).Severity);
        Assert.Equal(Severity.Info, Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnusedFact).Severity);
    }

    [Fact]
    public void Missing_content_and_stray_files_are_reported()
    {
        using var fixture = new ContentFixture().Without("briefing.yaml").With("notes.txt", "x").With("facts/draft.txt", "x");

        var diagnostics = fixture.Load().Diagnostics;

        Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MissingContent);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnexpectedFile));
    }
}
