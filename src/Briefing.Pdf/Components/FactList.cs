using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
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
            blocks.Add(new ListBlock(ListKind.Bulleted, [.. listed.Select(f => Item(context, f))])
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

    private static ListItem Item(BriefingContext context, Fact fact)
    {
        var statement = context.Markdown.Blocks(fact.Statement, context.Theme.Detail, context.Markers.For(fact.Cites));
        return new ListItem([.. Anchored(context, fact, statement.WithParagraphSpaceAfter(0))]);
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
