using System.Globalization;
using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// The top of a section page: "SECTION 3" in small brand capitals, the title (an outline entry and the
/// running header's text from here on), and an optional sentence saying what the section holds.
/// </summary>
internal static class SectionOpening
{
    public static Group Create(BriefingContext context, SectionKind kind, string? intro = null)
    {
        var theme = context.Theme;
        var blocks = new List<Block>();
        if (context.Sections.NumberOf(kind) is { } number)
        {
            blocks.Add(new Paragraph(Labels.Caps("Section " + number.ToString(CultureInfo.InvariantCulture)))
            {
                Style = theme.Kicker,
                KeepWithNext = true,
                SpaceAfter = Space.Text,
            });
        }

        blocks.Add(new Heading(1, SectionCatalog.Title(kind))
        {
            Anchor = Anchors.Section(kind),
            IsSection = true,
            SpaceBefore = 0,
            SpaceAfter = intro is null ? Space.Subsection : Space.Medium,
        });

        if (intro is not null)
        {
            blocks.Add(new Paragraph(intro) { Style = theme.Intro, SpaceAfter = Space.Subsection });
        }

        return new Group(blocks);
    }

    /// <summary>
    /// The short brand bar that opens a deal or company profile. It belongs to the profile, not between
    /// profiles, so at the top of a page it reads as the profile's start, never as a stray rule.
    /// </summary>
    public static Drawing ProfileMark(BriefingContext context)
    {
        var bar = context.Theme.ProfileBar;
        return new Drawing(bar.Height, canvas => canvas.Rectangle(bar, context.Theme.Brand))
        {
            KeepWithNext = true,
            SpaceBefore = Space.Profile,
            SpaceAfter = Space.Medium,
        };
    }

    /// <summary>A second-level heading inside a section (an outline entry under the section).</summary>
    public static Heading Subheading(BriefingContext context, string title, string? anchor = null) =>
        new(2, title) { Anchor = anchor, SpaceBefore = Space.Subsection, SpaceAfter = Space.Roomy };

    /// <summary>
    /// The sentence under a subheading that says what follows. It keeps with what it introduces, so the heading,
    /// the sentence and the start of the content (a table's header and first row) always share a page.
    /// </summary>
    public static Paragraph SubsectionIntro(BriefingContext context, string text) =>
        new(text) { Style = context.Theme.Intro, KeepWithNext = true, SpaceAfter = Space.Roomy };

    /// <summary>A small grey capitals label above a block ("STATUS HISTORY"); kept with what follows.</summary>
    public static Paragraph Label(BriefingContext context, string text, double spaceBefore = Space.Block) =>
        new(Labels.Caps(text)) { Style = context.Theme.Label, KeepWithNext = true, SpaceBefore = spaceBefore, SpaceAfter = Space.Snug };
}
