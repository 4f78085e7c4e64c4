using Briefing.Core.Loading;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;
using Briefing.Core.Text;
using DocCitation = Briefing.Core.Loading.Documents.Citation;

namespace Briefing.Core.Building;

/// <summary>
/// Maps validated documents onto the immutable model. It runs only on content without
/// errors, so a date that fails to parse here is a programmer error, not an analyst's.
/// </summary>
public static class ModelBuilder
{
    public static BriefingModel Build(ContentSet content)
    {
        var briefing = content.Briefing ?? throw new InvalidOperationException("validated content has a briefing");
        return new BriefingModel(
            Info(briefing),
            content.Sources.Select(Source),
            content.Companies.Select(Company),
            content.Deals.Select(Deal),
            content.Facts.Select(Fact),
            content.Events.Select(Event),
            content.Charts.Select(Chart));
    }

    private static BriefingInfo Info(BriefingDocument d)
    {
        var theme = d.Theme;
        var defaults = Theme.Default;
        return new BriefingInfo(
            Curled(d.Title), Curled(d.Subtitle), Date(d.Edition), Curled(d.Publisher), [.. d.Authors.Select(Typography.Curl)], d.Language ?? "en", d.ExecutiveSummary,
            [.. d.Takeaways.Select(Point)], d.KeyFigures ?? [], [.. d.Risks.Select(Point)], [.. d.Outlook.Select(Point)],
            d.Method,
            new Theme(
                theme?.BrandColor ?? defaults.BrandColor,
                theme?.AccentColor ?? defaults.AccentColor,
                theme?.BodyFont ?? defaults.BodyFont,
                theme?.HeadingFont ?? theme?.BodyFont ?? defaults.HeadingFont),
            d.Sections);
    }

    private static Point Point(PointEntry p) => new(p.Text, p.Facts);

    private static Source Source(SourceDocument d) =>
        new(d.Id, Curled(d.Title), Curled(d.Publisher), [.. (d.Authors ?? []).Select(Typography.Curl)], Date(d.Published), Curled(d.PublishedInferred), d.Url, d.Language,
            d.Kind, Curled(d.BasedOn), d.Notes);

    private static Company Company(CompanyDocument d) =>
        new(d.Id, Curled(d.Name), d.ChineseName, [.. (d.Aliases ?? []).Select(Typography.Curl)], d.Parent?.Company, Cites(d.Parent?.Cites), Curled(d.Headquarters),
            d.Roles, d.Description, Cites(d.Cites),
            [.. (d.People ?? []).Select(p => new Person(Curled(p.Name), Curled(p.Role), Cites(p.Cites)))]);

    private static Deal Deal(DealDocument d) =>
        new(d.Id, Curled(d.Title), d.Kind,
            [.. d.Parties.Select(p => new Party(p.Company, Curled(p.Role)))],
            [.. d.Status.Select(s => new StatusStep(s.Status, HistoryDate(s.Date), Curled(s.Note), Cites(s.Cites)))],
            d.Signed is { } signed ? new Signing(Date(signed.Date), Curled(signed.Place)) : null,
            Curled(d.Term), [.. (d.Scope ?? []).Select(Typography.Curl)], d.Summary, Cites(d.Cites), d.Related ?? []);

    private static Fact Fact(FactDocument d) =>
        new(d.Id, d.Statement, d.Figure is { } f ? Figure(f) : null, Cites(d.Cites), d.About ?? [], d.Deals ?? []);

    private static Figure Figure(FigureEntry f) =>
        new(Curled(f.Metric), f.Subject, Curled(f.Market), Curled(f.Segment), f.Value, f.Scale, f.Unit, f.Qualifier ?? Qualifier.Exact,
            f.Period is null ? null : Period.TryParse(f.Period) ?? throw Invalid(f.Period),
            f.AsOf is null ? null : Date(f.AsOf),
            Curled(f.TimeOfDay),
            f.GrowthOf is { } g ? new Growth(g.From, g.To) : null,
            f.ConvertedFrom is { } c ? new Conversion(c.Amount, c.Rate) : null);

    private static TimelineEvent Event(EventDocument d) =>
        new(d.Id, HistoryDate(d.Date), Curled(d.Title), d.Description, d.Deals ?? [], d.Companies ?? [], d.Facts ?? [], Cites(d.Cites));

    private static Chart Chart(ChartDocument d) =>
        new(d.Id, Curled(d.Title), Curled(d.Description), d.Kind ?? ChartKind.Bar, [.. d.Bars.Select(b => new ChartBar(b.Fact, Curled(b.Label)))]);

    private static IReadOnlyList<Model.Citation> Cites(IEnumerable<DocCitation>? cites) =>
        [.. (cites ?? []).Select(c => new Model.Citation(c.Source, c.At))];

    // Plain text as printed: typographer's quotes (Markdown fields get them from the shared pipeline).
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Curled(string? text) => text is null ? null : Typography.Curl(text);

    private static PartialDate Date(string text) => PartialDate.TryParse(text) ?? throw Invalid(text);

    private static PartialDate HistoryDate(string text) => PartialDate.TryParse(text, allowNoLaterThan: true) ?? throw Invalid(text);

    private static InvalidOperationException Invalid(string text) =>
        new($"'{text}' passed validation but does not parse; the binder and the model disagree");
}
