using Briefing.Core.Model;
using Briefing.Layout;
using Briefing.Layout.Blocks;
using Briefing.Layout.Fonts;
using Briefing.Layout.Paging;
using Briefing.Pdf.Components;
using Briefing.Pdf.Theming;

namespace Briefing.Pdf.Composition;

/// <summary>
/// Composes the whole briefing: document settings and metadata from the model, page templates, and the
/// sections in the order briefing.yaml gives, each starting on a new page.
/// </summary>
internal static class BriefingDocument
{
    public static Document Compose(BriefingModel model, PdfOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var context = new BriefingContext(model, PdfTheme.From(model.Info.Theme, options.PaperSize, warnings, options.FontFolders, FontsOf(options)));
        var document = Frame(context);
        var first = true;
        foreach (var kind in context.Sections.Order)
        {
            if (!first)
            {
                document.Add(new PageBreak());
            }

            // A section ends on its last full page rather than leave a few lines overleaf: its gaps may tighten there.
            document.Add(Section(context, kind) with { GapShrink = context.Theme.SectionGapShrink });
            first = false;
        }

        return document;
    }

    // Without a host's library, one for this render: the text measurer and the layout then load each face once.
    private static FontLibrary FontsOf(PdfOptions options) => options.Fonts ?? new FontLibrary();

    /// <summary>A document with the briefing's settings, metadata and page templates, and no content yet.</summary>
    public static Document Frame(BriefingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var theme = context.Theme;
        var document = new Document(Settings(context));
        var frame = new PageFrame(context);
        document.Page(new PageTemplate
        {
            Size = theme.Paper,
            Margins = theme.Margins,
            HeaderDistance = theme.HeaderDistance,
            FooterDistance = theme.FooterDistance,
            Header = frame.Header,
            Footer = frame.Footer,
        });

        if (context.Sections.Order.Count > 0 && context.Sections.Order[0] == SectionKind.Cover)
        {
            document.FirstPage(new PageTemplate { Size = theme.Paper, Margins = theme.CoverMargins });
        }

        return document;
    }

    private static Group Section(BriefingContext context, SectionKind kind) => kind switch
    {
        SectionKind.Cover => Cover.Create(context),
        SectionKind.Contents => Contents.Create(context),
        SectionKind.ExecutiveSummary => ExecutiveSummary.Create(context),
        SectionKind.KeyFigures => KeyFigureCards.Create(context),
        SectionKind.Deals => DealsSection.Create(context),
        SectionKind.Timeline => Timeline.Create(context),
        SectionKind.Companies => CompaniesSection.Create(context),
        SectionKind.RisksAndOutlook => RisksAndOutlook.Create(context),
        SectionKind.Sources => SourceList.Create(context),
        SectionKind.Method => MethodPage.Create(context),
        _ => new Group(),
    };

    private static DocumentSettings Settings(BriefingContext context)
    {
        var theme = context.Theme;
        var info = context.Info;
        return new DocumentSettings
        {
            Metadata = new DocumentMetadata
            {
                Title = info.Title,
                Author = info.Authors.Count > 0 ? string.Join("; ", info.Authors) : info.Publisher,
                Subject = info.Subtitle,
                Keywords = string.Join(", ", context.Model.Companies.Select(c => c.Name)),
                Language = info.Language,
                Creator = "Briefing",
                // The edition date, never the clock: the same content must give the same bytes.
                Created = new DateTimeOffset(info.Edition.Earliest, TimeSpan.Zero),
            },
            BaseStyle = theme.Body,
            HeadingStyles = theme.HeadingStyles,
            Fonts = theme.Fonts,
        };
    }
}
