using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Validation;

/// <summary>
/// CitationsMatchTheirStoredArticles: with an archive of stored copies, each cited paragraph,
/// figure and quoted phrase is checked against the article; planted mistakes are warnings at their line.
/// </summary>
public sealed class ArchiveRuleTests : IDisposable
{
    private const string Article = """
        A news report

        March 2023

        By A. Reporter

        Maker Co makes cars.
        Its chairman said 2022 was "a good year for us".

        Maker sold 50,179 vehicles in 2022, up 92.06 percent from 26,127 in 2021.
        """;

    private readonly ContentFixture _fixture = new();
    private readonly string _archive = Directory.CreateTempSubdirectory("briefing-archive-").FullName;

    public ArchiveRuleTests()
    {
        File.WriteAllText(Path.Combine(_archive, "report.txt"), Article);
        _fixture
            .With("briefing.yaml", _fixture.Text("briefing.yaml") + $"\narchive: {_archive}\n")
            .With("sources/report.yaml", _fixture.Text("sources/report.yaml") + "\nstoredCopy: report.txt\n");
    }

    public void Dispose()
    {
        _fixture.Dispose();
        Directory.Delete(_archive, recursive: true);
    }

    [Fact]
    public void Figures_and_paragraphs_that_match_the_article_pass_and_the_check_says_it_ran()
    {
        var diagnostics = _fixture.Load().Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.LocatorNotInCopy or DiagnosticCodes.FigureNotInCopy
            or DiagnosticCodes.QuoteNotInCopy or DiagnosticCodes.StoredCopyMissing);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ArchiveVerified && d.Message.StartsWith("citations checked against 1 stored article;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_cited_at_the_wrong_paragraph_is_a_warning_at_its_value()
    {
        _fixture.With("facts/sales-2022.yaml", _fixture.Text("facts/sales-2022.yaml").Replace("paragraph 6", "paragraph 5", StringComparison.Ordinal));

        var warning = Assert.Single(_fixture.Codes(DiagnosticCodes.FigureNotInCopy));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("facts/sales-2022.yaml", warning.Span.File, StringComparison.Ordinal);
        Assert.Equal(3, warning.Span.Line);
        Assert.Contains("the value 50179 is not printed in paragraph 5 of 'report'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scaled_figure_must_be_printed_at_its_scale_and_a_fall_matches_its_size()
    {
        File.AppendAllText(Path.Combine(_archive, "report.txt"), "\nIt raised 8 million yuan and booked a loss of 3.5 billion yuan.\n");
        _fixture
            .With("facts/raised.yaml", """
                id: raised
                statement: Maker raised 8 billion yuan.
                figure: {metric: funds raised, subject: maker, value: 8, scale: billion, unit: CNY, period: "2022"}
                cites: [{source: report, at: paragraph 7}]
                about: [maker]
                """)
            .With("facts/loss.yaml", """
                id: loss
                statement: Maker lost 3.5 billion yuan.
                figure: {metric: net result, subject: maker, value: -3.5, scale: billion, unit: CNY, period: "2022"}
                cites: [{source: report, at: paragraph 7}]
                about: [maker]
                """);

        var warning = Assert.Single(_fixture.Codes(DiagnosticCodes.FigureNotInCopy));

        Assert.EndsWith("facts/raised.yaml", warning.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misquoted_phrase_is_a_warning_and_an_exact_one_is_not()
    {
        _fixture.With("facts/chairman.yaml", """
            id: chairman
            statement: The chairman called 2022 "a good year for us", not "a great year".
            cites: [{source: report, at: paragraph 5}]
            about: [maker]
            """);

        var warning = Assert.Single(_fixture.Codes(DiagnosticCodes.QuoteNotInCopy));

        Assert.Contains("quotes \"a great year\"", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, warning.Span.Line);
    }

    [Fact]
    public void A_locator_past_the_end_of_the_copy_is_a_warning_at_the_locator()
    {
        _fixture.With("facts/sales-2021.yaml", _fixture.Text("facts/sales-2021.yaml").Replace("paragraph 6", "paragraph 9", StringComparison.Ordinal));

        var warning = Assert.Single(_fixture.Codes(DiagnosticCodes.LocatorNotInCopy));

        Assert.Contains("past the end of its stored copy, which has 6 paragraphs", warning.Message, StringComparison.Ordinal);
        Assert.Equal(4, warning.Span.Line);
        Assert.Equal(30, warning.Span.Column);
    }

    [Theory]
    [InlineData("storedCopy: missing.txt", "there is no such file in the archive")]
    [InlineData("storedCopy: ../../../etc/passwd", "by its file name alone")]
    public void A_stored_copy_that_is_not_in_the_archive_is_a_warning_at_its_name(string line, string reason)
    {
        _fixture.With("sources/report.yaml", _fixture.Text("sources/report.yaml").Replace("storedCopy: report.txt", line, StringComparison.Ordinal));

        var warning = Assert.Single(_fixture.Codes(DiagnosticCodes.StoredCopyMissing));

        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        Assert.Equal(7, warning.Span.Line);
    }

    [Fact]
    public void Without_the_archive_the_check_says_once_that_it_did_not_run_and_passes()
    {
        Directory.Delete(_archive, recursive: true);

        var outcome = _fixture.Load();

        var note = Assert.Single(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ArchiveNotVerified);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("is not there", note.Message, StringComparison.Ordinal);
        Assert.False(outcome.HasErrors);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == Severity.Warning);
        Directory.CreateDirectory(_archive);
    }
}
