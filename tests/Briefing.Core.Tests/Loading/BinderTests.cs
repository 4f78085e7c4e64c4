using Briefing.Core;
using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Loading;

/// <summary>Types, required fields, unknown keys, enum values and formats, each pointing at file:line:column.</summary>
public sealed class BinderTests
{
    private const string Source = """
        id: extra
        title: Extra
        published: 2023-03-13
        language: en
        kind: news-report
        """;

    private static Diagnostic Single(ContentFixture fixture, string code) => Assert.Single(fixture.Codes(code));

    [Fact]
    public void An_unknown_key_suggests_the_closest_known_key_at_its_position()
    {
        using var fixture = new ContentFixture().With("sources/extra.yaml", Source + "\npublsher: Reuters\n");

        var error = Single(fixture, DiagnosticCodes.UnknownKey);

        Assert.EndsWith(Path.Combine("sources", "extra.yaml"), error.Span.File, StringComparison.Ordinal);
        Assert.Equal((6, 1), (error.Span.Line, error.Span.Column));
        Assert.Contains("'publsher'", error.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'publisher'?", error.Hint);
    }

    [Fact]
    public void A_misspelt_required_key_is_one_error_not_also_a_missing_field()
    {
        using var fixture = new ContentFixture().With("sources/extra.yaml", Source.Replace("title: Extra", "titel: Extra", StringComparison.Ordinal));

        var diagnostics = fixture.Load().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal("did you mean 'title'?", error.Hint);
    }

    [Fact]
    public void A_missing_required_field_names_the_field()
    {
        using var fixture = new ContentFixture().With("sources/extra.yaml", Source.Replace("title: Extra\n", "", StringComparison.Ordinal));

        var error = Single(fixture, DiagnosticCodes.MissingField);

        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Span.Line);
    }

    [Fact]
    public void An_empty_required_field_is_reported_where_it_is()
    {
        using var fixture = new ContentFixture().With("sources/extra.yaml", Source.Replace("title: Extra", "title:", StringComparison.Ordinal));

        var error = Single(fixture, DiagnosticCodes.MissingField);

        Assert.Equal(2, error.Span.Line);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value: 50,179", "no thousands separators")]
    [InlineData("value: \"50179\"", "a number")]
    [InlineData("value: [1]", "expects a number")]
    public void A_figure_value_must_be_a_plain_number(string line, string expected)
    {
        using var fixture = new ContentFixture().With("facts/sales-2021.yaml", $$"""
            id: sales-2021
            statement: s
            figure:
              metric: vehicle sales
              subject: maker
              {{line}}
              unit: vehicles
              period: "2021"
            cites: [{source: report}]
            """);

        var error = Single(fixture, DiagnosticCodes.WrongType);

        Assert.Equal((6, 10), (error.Span.Line, error.Span.Column));
        Assert.Contains(expected, error.Message + error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_value_lists_or_suggests_the_allowed_ones()
    {
        using var fixture = new ContentFixture().With("sources/extra.yaml", Source.Replace("news-report", "news-reprot", StringComparison.Ordinal));

        var error = Single(fixture, DiagnosticCodes.UnknownValue);

        Assert.Equal((5, 7), (error.Span.Line, error.Span.Column));
        Assert.Equal("did you mean 'news-report'?", error.Hint);
    }

    [Theory]
    [InlineData("published: 2023-02-30", "published")]
    [InlineData("published: 13/03/2023", "published")]
    [InlineData("language: English", "language")]
    [InlineData("url: javascript:alert(1)", "url")]
    [InlineData("published: by 2023-03", "published")]
    [InlineData("id: Extra_Source", "id")]
    public void Values_in_the_wrong_format_are_errors(string line, string field)
    {
        var key = line.Split(':')[0] + ":";
        var lines = Source.Split('\n').Where(l => !l.StartsWith(key, StringComparison.Ordinal)).Append(line);
        using var fixture = new ContentFixture().With("sources/extra.yaml", string.Join('\n', lines));

        var error = Single(fixture, DiagnosticCodes.BadFormat);

        Assert.Contains($"not valid for '{field}'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_a_type_error()
    {
        using var fixture = new ContentFixture().With("deals/maker-cells.yaml", """
            id: maker-cells
            title: t
            kind: memorandum
            parties: [maker, cells]
            status: []
            summary: s
            cites: [{source: release}]
            """);

        var errors = fixture.Codes(DiagnosticCodes.WrongType);

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("expected a mapping", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_saved_as_latin1_is_an_error_at_the_first_bad_byte()
    {
        using var fixture = new ContentFixture();
        fixture.Load();
        var path = Path.Combine(fixture.Directory, "companies", "maker.yaml");
        var latin1 = System.Text.Encoding.Latin1.GetBytes("id: maker\nname: Maker Société\nroles: [automaker]\n");
        File.WriteAllBytes(path, latin1);

        var outcome = BriefingContent.Load(fixture.Directory);

        var error = Assert.Single(outcome.Diagnostics, d => d.Code == DiagnosticCodes.NotUtf8);
        Assert.Equal((2, 17), (error.Span.Line, error.Span.Column));
        Assert.Contains("UTF-8", error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        using var fixture = new ContentFixture();
        fixture.Load();
        var path = Path.Combine(fixture.Directory, "companies", "maker.yaml");
        File.WriteAllText(path, File.ReadAllText(path), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.False(BriefingContent.Load(fixture.Directory).HasErrors);
    }

    [Fact]
    public void Every_problem_of_a_run_is_reported_not_just_the_first()
    {
        using var fixture = new ContentFixture()
            .With("sources/extra.yaml", Source + "\nfoo: 1\nbar: 2\n")
            .With("companies/broken.yaml", "id: broken\nname: [x\n");

        var diagnostics = fixture.Load().Diagnostics;

        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownKey));
        Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
    }
}
