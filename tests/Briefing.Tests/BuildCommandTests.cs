using System.Security.Cryptography;
using Briefing.Commands;
using Briefing.Core.Output;

namespace Briefing.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);

    private string Content => Path.Combine(_root, "content");

    private string Output => Path.Combine(_root, "output");

    private Task<(int Exit, string Out, string Err)> Build(params string[] extra) =>
        CliRunner.Run([.. extra, "--content", Content, "--out", Output, "--templates", Repository.TemplatesDirectory]);

    private Dictionary<string, string> Hashes() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(Output, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))));

    [Fact]
    public void A_build_announces_each_stage_as_it_starts_for_the_live_display()
    {
        var started = new List<string>();
        var build = new Briefing.Pipeline.BriefingBuild(Content, Repository.TemplatesDirectory, Briefing.Pipeline.BuildRequest.Everything);

        var result = build.Run(strict: false, started.Add);

        Assert.True(result.Succeeded);
        Assert.Equal(["load", "validate", "site", "pdf"], started);
        Assert.Equal(started, result.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Fonts_kept_in_templates_fonts_are_offered_to_the_pdf()
    {
        var templates = Repository.CopyTemplatesTo(_root);
        var without = new Briefing.Pipeline.BriefingBuild(Content, templates, Briefing.Pipeline.BuildRequest.Everything).PdfOptions();
        Directory.CreateDirectory(Path.Combine(templates, "fonts"));

        var with = new Briefing.Pipeline.BriefingBuild(Content, templates, Briefing.Pipeline.BuildRequest.Everything).PdfOptions();

        Assert.Empty(without.FontFolders);
        Assert.Equal([Path.Combine(templates, "fonts")], with.FontFolders);
        var (exit, output, error) = await CliRunner.Run("--only", "pdf", "--content", Content, "--out", Output, "--templates", templates);
        Assert.True(exit == ExitCodes.Ok, output + error);
    }

    [Fact]
    public async Task A_theme_font_that_is_not_installed_is_a_warning_at_the_line_that_names_it()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        var lines = await File.ReadAllLinesAsync(briefing);
        var line = Array.FindIndex(lines, l => l.TrimStart().StartsWith("bodyFont:", StringComparison.Ordinal));
        lines[line] = "  bodyFont: No Such Sans";
        await File.WriteAllLinesAsync(briefing, lines);

        var (exit, output, error) = await Build("--only", "pdf");

        Assert.True(exit == ExitCodes.Ok, output + error);
        Assert.Contains($"briefing.yaml:{line + 1}:13: warning BRF070: Font family 'No Such Sans' is not installed", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("LAY0", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_writes_the_site_and_the_pdf_named_after_the_edition_byte_identically_twice()
    {
        var (exit, output, error) = await Build();
        Assert.True(exit == ExitCodes.Ok, output + error);
        var first = Hashes();

        Assert.Contains("site/index.html", first.Keys.Select(k => k.Replace('\\', '/')));
        Assert.Contains("briefing-2024-05-06.pdf", first.Keys);
        Assert.Equal(first["briefing-2024-05-06.pdf"], first[Path.Combine("site", "briefing-2024-05-06.pdf")]);
        Assert.Matches(@"(?m)^load\s+\d+ ms  1 briefing, 2 sources, \d+ companies, ", output);
        Assert.Matches(@"(?m)^validate\s+\d+ ms  0 errors, 0 warnings(; [^\n]*)?$", output);
        Assert.Matches(@"(?m)^site\s+\d+ ms", output);
        Assert.Matches(@"(?m)^pdf\s+\d+ ms", output);
        Assert.Matches(@"(?m)^write\s+\d+ ms", output);
        Assert.Contains(OutputWriter.MarkerFileName, first.Keys);

        await Build();
        Assert.Equal(first, Hashes());
    }

    [Fact]
    public async Task Only_and_paper_choose_what_is_built_and_keep_the_other_product()
    {
        await Build("build", "--only", "site");
        Assert.DoesNotContain(Hashes().Keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));

        await Build("build", "--only", "pdf", "--paper", "letter");
        var afterPdf = Hashes();
        var pdf = await File.ReadAllBytesAsync(Path.Combine(Output, "briefing-2024-05-06.pdf"));
        Assert.Contains("/MediaBox[0 0 612 792]", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains(Path.Combine("site", "index.html"), afterPdf.Keys);
        Assert.Equal(afterPdf["briefing-2024-05-06.pdf"], afterPdf[Path.Combine("site", "briefing-2024-05-06.pdf")]);

        await Build("build", "--only", "site");
        var afterSite = Hashes();
        Assert.Equal(afterPdf["briefing-2024-05-06.pdf"], afterSite["briefing-2024-05-06.pdf"]);
        Assert.Equal(afterPdf[Path.Combine("site", "briefing-2024-05-06.pdf")], afterSite[Path.Combine("site", "briefing-2024-05-06.pdf")]);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_byte_identical_and_says_so()
    {
        await Build();
        var before = Hashes();
        var briefing = Path.Combine(Content, "briefing.yaml");
        await File.WriteAllTextAsync(briefing, (await File.ReadAllTextAsync(briefing)).Replace("edition:", "editon:", StringComparison.Ordinal));

        var (exit, output, _) = await Build();

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("the previous output is untouched", output, StringComparison.Ordinal);
        Assert.Contains("did you mean 'edition'?", output, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public async Task Base_url_makes_the_sitemap_absolute_and_a_bad_one_is_a_usage_error()
    {
        var good = await Build("build", "--only", "site", "--base-url", "https://research.example.com/briefing/");
        var bad = await Build("build", "--only", "site", "--base-url", "research.example.com");

        Assert.Equal(ExitCodes.Ok, good.Exit);
        Assert.Contains("<loc>https://research.example.com/briefing/index.html</loc>",
            await File.ReadAllTextAsync(Path.Combine(Output, "site", "sitemap.xml")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, bad.Exit);
        Assert.Contains("--base-url must be an absolute http(s) URL", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_fails_on_warnings()
    {
        var source = Directory.EnumerateFiles(Path.Combine(Content, "sources")).Order(StringComparer.Ordinal).First();
        File.Move(source, Path.Combine(Path.GetDirectoryName(source)!, "renamed.yaml"));

        var lenient = await Build("check");
        var strict = await Build("check", "--strict");

        Assert.Equal(ExitCodes.Ok, lenient.Exit);
        Assert.Equal(ExitCodes.ContentErrors, strict.Exit);
        Assert.Contains("BRF021", strict.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--strict", lenient.Out, StringComparison.Ordinal);
        Assert.Contains("check: failed: warnings count as errors with --strict; 0 errors, 1 warning", strict.Out, StringComparison.Ordinal);

        var build = await Build("--strict", "--only", "site");
        Assert.Equal(ExitCodes.ContentErrors, build.Exit);
        Assert.Contains("build: failed: warnings count as errors with --strict", build.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task An_interrupted_build_says_so_exits_130_and_leaves_the_previous_output()
    {
        // Enough facts that reading them alone takes well over 150 ms on any machine, so the interrupt lands
        // inside the build (300 were once enough, until a fast idle machine built everything in time; an
        // interrupt that came even before the build started must behave the same).
        for (var i = 0; i < 2000; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(Content, "facts", $"bulk-{i:000}.yaml"), $"""
                # yaml-language-server: $schema=../schemas/fact.schema.json
                id: bulk-{i:000}
                statement: Bulk statement {i} that makes the build take a while.
                cites:
                  - source: northwind-press-release-2024
                    at: paragraph 1
                about:
                  - northwind-turbines
                """);
        }

        await Build("--only", "site");
        var before = Hashes();
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        var (exit, output, _) = await CliRunner.Run(interrupt.Token,
            "--content", Content, "--out", Output, "--templates", Repository.TemplatesDirectory);

        Assert.Equal(ExitCodes.Interrupted, exit);
        Assert.Contains("build: interrupted; nothing was written, the previous output is untouched", output, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("new", "source", "x")]
    [InlineData("schemas")]
    public async Task A_missing_content_folder_is_a_usage_error(params string[] command)
    {
        var missing = Path.Combine(_root, "no-such-folder");

        var (exit, _, error) = await CliRunner.Run([.. command, "--content", missing, "--out", Output]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no content folder at", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task The_site_templates_folder_given_for_the_templates_root_is_understood()
    {
        var (exit, output, error) = await CliRunner.Run("--only", "site", "--content", Content, "--out", Output,
            "--templates", Path.Combine(Repository.TemplatesDirectory, "site"));

        Assert.True(exit == ExitCodes.Ok, output + error);
        Assert.True(File.Exists(Path.Combine(Output, "site", "index.html")));
    }

    [Fact]
    public async Task A_templates_folder_without_site_layout_says_which_folder_is_expected()
    {
        var (exit, _, error) = await CliRunner.Run("--only", "site", "--content", Content, "--out", Output, "--templates", Content);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("the templates root, the folder that contains site/layout.sbnhtml", error, StringComparison.Ordinal);
        Assert.DoesNotContain("e.g. templates/site", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
