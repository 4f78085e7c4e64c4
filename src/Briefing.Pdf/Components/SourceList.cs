using Briefing.Core.Model;
using Briefing.Core.Text;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// The numbered sources every "[n]" links to: title (a link when the source has a web address), publisher
/// or "Publisher not stated", authors, date with its precision (and why, when inferred), kind, what it is
/// based on, the analysts' notes, and the pages that cite it.
/// </summary>
internal static class SourceList
{
    public static Group Create(BriefingContext context)
    {
        var blocks = new List<Block>
        {
            SectionOpening.Create(context, SectionKind.Sources, "Numbered from the oldest; each entry lists the pages that cite it."),
        };
        foreach (var source in context.Model.Sources)
        {
            blocks.Add(Entry(context, source));
        }

        return new Group(blocks);
    }

    private static Columns Entry(BriefingContext context, Source source)
    {
        var theme = context.Theme;
        var number = context.Model.SourceNumber(source.Id);
        var content = new List<Block>
        {
            new Paragraph(Title(context, source)) { Style = theme.Heading4, SpaceAfter = Space.Snug },
            new Paragraph(Facts(source)) { Style = theme.Small, SpaceAfter = Space.Snug },
        };
        content.Add(new Paragraph(Published(source)) { Style = theme.Small, SpaceAfter = Space.Snug });

        if (!string.IsNullOrWhiteSpace(source.Notes))
        {
            content.AddRange(context.Markdown.Blocks(source.Notes, theme.SmallMuted).WithParagraphSpaceAfter(Space.Snug));
        }

        content.Add(CitedOn(context, number));
        return new Columns(
            new Column(new Paragraph($"[{number}]") { Style = theme.Heading4 with { Color = theme.Brand }, SpaceAfter = 0 }) { Width = ColumnWidth.Fixed(theme.NumberColumn) },
            new Column([.. content]))
        {
            Anchor = Anchors.Source(number),
            // A reference entry reads as one unit; it moves whole rather than leave its last lines overleaf.
            KeepTogether = true,
            Gap = Space.Text,
            SpaceAfter = Space.Large,
        };
    }

    private static IReadOnlyList<Run> Title(BriefingContext context, Source source) =>
        UrlPolicy.IsWebUrl(source.Url)
            ? [Run.Hyperlink(source.Title, source.Url!, context.Theme.Link)]
            : [new Run(source.Title)];

    // "Published March 2023 (inferred: no date is printed; …)": the date at the precision the source allows.
    private static IReadOnlyList<Run> Published(Source source) =>
        source.IsDateInferred
            ? [new Run("Published "), Run.Bold(source.Published.ToDisplay()), new Run($" (inferred: {source.PublishedInferred!.Trim()})")]
            : [new Run("Published "), Run.Bold(source.Published.ToDisplay())];

    // "Publisher not stated · Julie Zhu and Yilei Sun · Machine translation · Based on …"
    private static List<Run> Facts(Source source)
    {
        var parts = new List<Run>
        {
            source.Publisher is null ? Run.Italic(Core.Model.Labels.UnknownPublisher) : new Run(source.Publisher),
        };
        if (source.Authors.Count > 0)
        {
            parts.Add(new Run(Labels.List(source.Authors)));
        }

        parts.Add(new Run(Labels.Of(source.Kind)));
        if (!string.IsNullOrWhiteSpace(source.BasedOn))
        {
            parts.Add(new Run("Based on " + source.BasedOn));
        }

        return [.. RunJoin.Joined(parts, " · ")];
    }

    // Built during layout from where the markers landed: "Cited on pages 4, 7 and 12", each page a link.
    private static Dynamic CitedOn(BriefingContext context, int number)
    {
        var theme = context.Theme;
        return new Dynamic(references =>
        {
            var pages = references.PagesOfAnchorsStartingWith(Anchors.CitationPrefix(number))
                .GroupBy(a => a.Page).OrderBy(g => g.Key)
                .Select(g => (Page: g.Key, Anchor: g.First().Anchor)).ToList();
            var runs = new List<Run> { Run.Bold(pages.Count == 1 ? "Cited on page " : "Cited on pages ") };
            for (var i = 0; i < pages.Count; i++)
            {
                runs.Add(new Run(i == 0 ? "" : i == pages.Count - 1 ? " and " : ", "));
                runs.Add(Run.LinkTo(pages[i].Page.ToString(System.Globalization.CultureInfo.InvariantCulture), pages[i].Anchor, theme.Link));
            }

            if (pages.Count == 0)
            {
                runs = [new Run("Not cited in this edition.")];
            }

            return new Paragraph(runs) { Style = theme.Small, SpaceAfter = 0 };
        })
        {
            SpaceAfter = 0,
        };
    }
}
