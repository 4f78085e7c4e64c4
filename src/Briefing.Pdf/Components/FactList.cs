using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// Facts as a bulleted list, each statement (Markdown) followed by its source markers and carrying the fact's
/// anchor where it is the fact's place. Figures that other reports give differently are taken out of the
/// list and shown side by side beneath it.
/// </summary>
internal static class FactList
{
    public static IReadOnlyList<Block> Create(BriefingContext context, IReadOnlyList<Fact> facts)
    {
        var theme = context.Theme;
        var differing = DifferingReports.Find(facts);
        var compared = differing.SelectMany(g => g).ToHashSet();
        var listed = facts.Where(f => !compared.Contains(f)).ToList();
        var blocks = new List<Block>();
        if (listed.Count > 0)
        {
            var items = listed.Select(f => new ListItem([.. Anchored(context, f, context.Markdown.Blocks(f.Statement, theme.Detail, context.Markers.For(f.Cites))
                .Select(b => b is Paragraph p ? p with { SpaceAfter = 0 } : b))]));
            blocks.Add(new ListBlock(ListKind.Bulleted, [.. items])
            {
                Indent = theme.BulletIndent,
                ItemSpacing = Space.Small,
                MarkerStyle = theme.BrandText,
                SpaceAfter = Space.Block,
            });
        }

        if (differing.Count > 0)
        {
            blocks.AddRange(SideBySideReports.Create(context, differing));
        }

        return blocks;
    }

    // The first block of a statement carries the fact's anchor, if this is the place that holds it.
    private static IEnumerable<Block> Anchored(BriefingContext context, Fact fact, IEnumerable<Block> statement)
    {
        var anchor = context.FactAnchors.Claim(fact.Id);
        var first = true;
        foreach (var block in statement)
        {
            yield return first && anchor is not null ? block with { Anchor = anchor } : block;
            first = false;
        }
    }
}
