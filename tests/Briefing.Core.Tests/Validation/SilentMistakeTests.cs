using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Validation;

/// <summary>
/// Mistakes that used to pass in silence, each now a warning or error where it was made. The passing case of
/// each is the valid fixture (<see cref="RuleTests.The_valid_fixture_triggers_no_rule"/>) plus the near misses here.
/// </summary>
public sealed class SilentMistakeTests
{
    private const string Sales2021 = "facts/sales-2021.yaml";

    [Fact]
    public void An_unquoted_colour_read_as_a_comment_is_an_error_at_the_hash_and_binds_as_meant()
    {
        using var fixture = new ContentFixture();
        fixture.With("briefing.yaml", fixture.Text("briefing.yaml") + "\ntheme:\n  brandColor: #0b5d3b\n  accentColor: \"#aa3300\"   # quoted: fine");

        var diagnostics = fixture.Load().Diagnostics.Where(d => d.Severity != Severity.Info).ToList();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ValueReadAsComment, error.Code);
        Assert.Equal((18, 15), (error.Span.Line, error.Span.Column));
        Assert.Equal("quote the value: brandColor: \"#0b5d3b\"", error.Hint);
    }

    [Fact]
    public void Any_key_written_as_key_hash_is_the_same_mistake_and_not_also_a_missing_field()
    {
        using var fixture = new ContentFixture().With("sources/report.yaml", """
            id: report
            title: #1 sales report
            published: 2023-03
            language: en # a comment after a value is fine
            kind: news-report
            """);

        var diagnostics = fixture.Load().Diagnostics.Where(d => d.Severity != Severity.Info).ToList();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ValueReadAsComment, error.Code);
        Assert.Equal((2, 8), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_point_that_cites_no_facts_is_an_error_at_its_facts()
    {
        using var fixture = new ContentFixture();
        fixture.With("briefing.yaml", fixture.Text("briefing.yaml").Replace("facts: [growth-2022]", "facts: []", StringComparison.Ordinal));

        var error = Assert.Single(fixture.Codes(DiagnosticCodes.PointWithoutFacts));

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(12, error.Span.Line);
        Assert.StartsWith("risk 1 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_figure_without_a_number_is_a_warning_at_its_item()
    {
        using var fixture = new ContentFixture().With("facts/plain.yaml", """
            id: plain
            statement: Maker is large.
            cites: [{source: report}]
            """);
        fixture.With("briefing.yaml", fixture.Text("briefing.yaml").Replace("keyFigures: [sales-2022]", "keyFigures: [sales-2022, plain]", StringComparison.Ordinal));

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.KeyFigureWithoutNumber));

        Assert.Equal((9, 26), (warning.Span.Line, warning.Span.Column));
    }

    [Fact]
    public void A_chart_no_pdf_section_shows_is_a_warning_at_the_chart()
    {
        using var fixture = new ContentFixture();
        fixture.With("briefing.yaml", fixture.Text("briefing.yaml").Replace("key-figures, ", "", StringComparison.Ordinal));

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.ChartNotInPdf));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("sales.yaml", warning.Span.File, StringComparison.Ordinal);
        Assert.Contains("key-figures", warning.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metric: vehicle sales,", "metric: vehicle exports,", "metric")]
    [InlineData("subject: maker,", "subject: cells,", "subject")]
    [InlineData("unit: vehicles,", "segment: exports, unit: vehicles,", "segment")]
    [InlineData("period: \"2021\"", "period: 2021-01/2021-06", "period")]
    public void A_growth_rate_between_figures_that_do_not_compare_is_an_error(string good, string bad, string named)
    {
        using var fixture = new ContentFixture();
        fixture.With(Sales2021, fixture.Text(Sales2021).Replace(good, bad, StringComparison.Ordinal));

        var error = Assert.Single(fixture.Codes(DiagnosticCodes.GrowthNotComparable));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Codes(DiagnosticCodes.GrowthMismatch));
    }

    [Fact]
    public void Periods_of_the_same_length_in_different_years_compare()
    {
        using var fixture = new ContentFixture();
        fixture.With(Sales2021, fixture.Text(Sales2021).Replace("period: \"2021\"", "period: 2021-01/2021-02", StringComparison.Ordinal))
            .With("facts/sales-2022.yaml", fixture.Text("facts/sales-2022.yaml").Replace("period: \"2022\"", "period: 2022-01/2022-02", StringComparison.Ordinal));

        Assert.Empty(fixture.Codes(DiagnosticCodes.GrowthNotComparable));
        Assert.Empty(fixture.Codes(DiagnosticCodes.GrowthMismatch));
    }

    [Fact]
    public void A_growth_rate_between_hedged_figures_is_a_warning_that_it_cannot_be_verified()
    {
        using var fixture = new ContentFixture();
        fixture.With(Sales2021, fixture.Text(Sales2021).Replace("unit: vehicles,", "unit: vehicles, qualifier: more-than,", StringComparison.Ordinal));

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.GrowthNotExact));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("more than 26127 → 50179", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("growth-2022.yaml", warning.Span.File, StringComparison.Ordinal);
        Assert.Empty(fixture.Codes(DiagnosticCodes.GrowthMismatch));
    }

    [Fact]
    public void A_wrong_growth_rate_between_exact_figures_is_still_a_mismatch()
    {
        using var fixture = new ContentFixture();
        fixture.With("facts/growth-2022.yaml", fixture.Text("facts/growth-2022.yaml").Replace("value: 92.06", "value: 50", StringComparison.Ordinal));

        Assert.Single(fixture.Codes(DiagnosticCodes.GrowthMismatch));
        Assert.Empty(fixture.Codes(DiagnosticCodes.GrowthNotExact));
    }

    [Theory]
    [InlineData("2026-12-01", 1)]
    [InlineData("2027", 1)]
    [InlineData("2026-11", 0)]
    [InlineData("2026-11-22", 0)]
    public void A_source_published_after_the_edition_is_a_warning(string published, int expected)
    {
        using var fixture = new ContentFixture();
        fixture.With("sources/release.yaml", fixture.Text("sources/release.yaml").Replace("2023-03-13", published, StringComparison.Ordinal));

        var warnings = fixture.Codes(DiagnosticCodes.SourceAfterEdition);

        Assert.Equal(expected, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(4, w.Span.Line));
    }

    [Theory]
    [InlineData("signed: {date: 2023-03-14, place: Beijing}", 1)]
    [InlineData("signed: {date: 2022-03-13, place: Beijing}", 1)]
    [InlineData("signed: {date: 2023-03, place: Beijing}", 0)]
    public void A_signing_date_that_differs_from_the_signed_step_is_an_error(string signed, int expected)
    {
        using var fixture = new ContentFixture();
        fixture.With("deals/maker-cells.yaml", fixture.Text("deals/maker-cells.yaml").Replace("signed: {date: 2023-03-13, place: Beijing}", signed, StringComparison.Ordinal));

        var errors = fixture.Codes(DiagnosticCodes.SigningDateMismatch);

        Assert.Equal(expected, errors.Count);
        Assert.All(errors, e => Assert.Equal((9, 16), (e.Span.Line, e.Span.Column)));
    }

    [Fact]
    public void A_skeleton_date_left_unchanged_is_a_placeholder_warning_at_its_line()
    {
        using var fixture = new ContentFixture();
        fixture.With("sources/report.yaml", fixture.Text("sources/report.yaml").Replace("2023-03", Briefing.Core.Validation.Rules.NoPlaceholderIsLeft.PlaceholderDate, StringComparison.Ordinal));

        var diagnostics = fixture.Load().Diagnostics.Where(d => d.Severity != Severity.Info).ToList();

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.Placeholder, warning.Code);
        Assert.Equal((3, 12), (warning.Span.Line, warning.Span.Column));
        Assert.Contains("placeholder date", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_id_is_told_to_match_its_file_name()
    {
        using var fixture = new ContentFixture();
        fixture.With("sources/report.yaml", fixture.Text("sources/report.yaml").Replace("id: report", "id: reprot", StringComparison.Ordinal));

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.IdNotFileName));

        Assert.Equal("change the id to 'report' to match the file name", warning.Hint);
    }
}
