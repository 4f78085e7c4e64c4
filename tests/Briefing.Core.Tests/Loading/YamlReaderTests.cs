using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Yaml;

namespace Briefing.Core.Tests.Loading;

public sealed class YamlReaderTests
{
    private static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var root = new YamlReader(limits ?? YamlLimits.Default).Read("f.yaml", text, bag);
        return (root, bag.Items);
    }

    [Fact]
    public void Reads_a_mapping_with_positions()
    {
        var (root, diagnostics) = Read("id: x\nlist:\n  - a\n  - 'b'\n");

        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMapping>(root);
        var list = Assert.IsType<YamlSequence>(mapping.Entries[1].Value);
        var quoted = Assert.IsType<YamlScalar>(list.Items[1]);
        Assert.Equal(new SourceSpan("f.yaml", 4, 5), quoted.Span);
        Assert.False(quoted.IsPlain);
    }

    [Theory]
    [InlineData("id: x\nfigure:\n  metric: m\n\tunit: vehicles\n  value: 1\n", 4, 1)]
    [InlineData("id: x\nabout:\n  - a\n \t- b\n", 4, 2)]
    public void A_tab_in_the_indentation_is_reported_where_the_tab_is(string text, int line, int column)
    {
        var (_, diagnostics) = Read(text);

        var error = Assert.Single(diagnostics);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains("tabs", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_glued_to_its_value_gets_a_hint_to_add_the_space()
    {
        var (_, diagnostics) = Read("id: x\nfigure:\n  value: 1\n  unit:units\n  period: 2022\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(4, error.Span.Line);
        Assert.Equal("put a space after the colon: 'unit: units'", error.Hint);
    }

    [Fact]
    public void A_syntax_error_points_at_its_line_and_column()
    {
        var (root, diagnostics) = Read("id: x\ntitle: \"unclosed\nnext: y\n");

        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(2, error.Span.Line);
        Assert.StartsWith("YAML syntax:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_at_the_second_occurrence()
    {
        var (_, diagnostics) = Read("id: x\ntitle: a\ntitle: b\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateKey, error.Code);
        Assert.Equal(new SourceSpan("f.yaml", 3, 1), error.Span);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("base: &b {k: 1}\nother:\n  <<: *b\n")]
    [InlineData("a: &only 1\n")]
    public void Anchors_aliases_and_merge_keys_are_rejected(string text)
    {
        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.AnchorsNotAllowed);
    }

    [Fact]
    public void An_alias_bomb_ends_in_a_clean_error()
    {
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var c = 'b'; c <= 'j'; c++)
        {
            var previous = (char)(c - 1);
            lines.Add($"{c}: &{c} [{string.Join(",", Enumerable.Repeat($"*{previous}", 9))}]");
        }

        var (root, diagnostics) = Read(string.Join('\n', lines));

        Assert.Null(root);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.AnchorsNotAllowed);
    }

    [Theory]
    [InlineData(100_000, true)]
    [InlineData(100_000, false)]
    public void Deep_nesting_ends_in_a_clean_error_not_a_stack_overflow(int depth, bool flow)
    {
        var text = flow
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i) + "- \n")) + new string(' ', 3000) + "x\n";

        var (root, diagnostics) = Read(text, YamlLimits.Default with { MaxFileBytes = 64 * 1024 * 1024 });

        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TooDeep, error.Code);
        Assert.Equal(YamlLimits.Default.MaxDepth + 1, flow ? error.Span.Column : error.Span.Line);
    }

    [Fact]
    public void Nesting_within_the_limit_is_fine()
    {
        var (root, diagnostics) = Read(new string('[', 60) + new string(']', 60));

        Assert.Empty(diagnostics);
        Assert.NotNull(root);
    }

    [Fact]
    public void An_oversized_document_is_rejected_before_parsing()
    {
        var text = "notes: \"" + new string('x', 2 * 1024 * 1024) + "\"\n";

        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a: 1\n---\nb: 2\n")]
    public void Empty_files_and_several_documents_are_errors(string text)
    {
        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Equal(DiagnosticCodes.EmptyDocument, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_complex_key_is_an_error()
    {
        var (root, diagnostics) = Read("? [a, b]\n: value\n");

        Assert.Null(root);
        Assert.Equal(DiagnosticCodes.ComplexKey, Assert.Single(diagnostics).Code);
    }
}
