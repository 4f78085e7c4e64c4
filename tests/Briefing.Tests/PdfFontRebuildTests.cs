using System.Text;
using Briefing.Core.Diagnostics;
using Briefing.Pipeline;

namespace Briefing.Tests;

/// <summary>
/// The PDF's fonts in a build that runs again, as `serve` runs it: a font dropped into templates/fonts/ is
/// used by the next run, and a missing font is reported where the build read it, not where the file is now.
/// </summary>
public sealed class PdfFontRebuildTests : IDisposable
{
    private const string Family = "Newly Added"; // as long as "DejaVu Sans": see TestFonts

    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);

    private string Content => Path.Combine(_root, "content");

    private string Briefing => Path.Combine(Content, "briefing.yaml");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_font_dropped_into_templates_fonts_is_used_by_the_next_rebuild_and_a_replaced_one_too()
    {
        var templates = Repository.CopyTemplatesTo(_root);
        SetBodyFont(Family);
        // The folder is there but empty at first, as in a project that keeps its fonts in it.
        var fonts = Directory.CreateDirectory(Path.Combine(templates, "fonts")).FullName;
        var build = new BriefingBuild(Content, templates, BuildRequest.Everything with { Site = false });

        var missing = build.Run(strict: false);
        Assert.Contains(missing.Diagnostics, d => d.Code == DiagnosticCodes.PdfWarning && d.Message.Contains($"'{Family}' is not installed", StringComparison.Ordinal));
        Assert.DoesNotContain($"{Family.Replace(" ", "#20", StringComparison.Ordinal)}", Pdf(missing), StringComparison.Ordinal);

        File.WriteAllBytes(Path.Combine(fonts, "NewlyAdded.ttf"), TestFonts.DejaVuSansAs(Family));
        var added = build.Run(strict: false);

        Assert.DoesNotContain(added.Diagnostics, d => d.Code == DiagnosticCodes.PdfWarning && d.Message.Contains(Family, StringComparison.Ordinal));
        Assert.Matches(@"/FontName\s*/[A-Z]{6}\+Newly#20Added[/\s>]", Pdf(added));

        File.WriteAllBytes(Path.Combine(fonts, "NewlyAdded.ttf"), TestFonts.DejaVuSansAs(Family, "DejaVuSans-Bold.ttf"));
        var replaced = build.Run(strict: false);

        Assert.Matches(@"/FontName\s*/[A-Z]{6}\+Newly#20Added,Bold", Pdf(replaced));
        Assert.DoesNotMatch(@"/FontName\s*/[A-Z]{6}\+Newly#20Added[/\s>]", Pdf(replaced));
    }

    [Fact]
    public void A_missing_font_points_at_the_line_the_build_read_even_when_the_file_changed_since()
    {
        var line = SetBodyFont("No Such Sans");
        var build = new BriefingBuild(Content, Repository.TemplatesDirectory, BuildRequest.Everything with { Site = false });

        // Between loading and rendering, the file gains two lines: the build must not read it again.
        var result = build.Run(strict: false, stage =>
        {
            if (stage == "pdf")
            {
                File.WriteAllText(Briefing, "# moved\n# down\n" + File.ReadAllText(Briefing));
            }
        });

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfWarning && d.Message.Contains("No Such Sans", StringComparison.Ordinal));
        Assert.Equal(new SourceSpan(Briefing, line, 13), warning.Span);
    }

    // Returns the 1-based line of bodyFont.
    private int SetBodyFont(string family)
    {
        var lines = File.ReadAllLines(Briefing);
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("bodyFont:", StringComparison.Ordinal));
        lines[index] = "  bodyFont: " + family;
        File.WriteAllLines(Briefing, lines);
        return index + 1;
    }

    private static string Pdf(BuildResult result) =>
        Encoding.Latin1.GetString(Assert.Single(result.Files!, f => f.Path.EndsWith(".pdf", StringComparison.Ordinal)).Content);
}
