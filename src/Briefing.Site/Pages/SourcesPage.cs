using Briefing.Core.Text;
using Briefing.Site.Text;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>The numbered sources, each with what cites it and what a reader should know about it.</summary>
internal sealed record SourcesPage(IReadOnlyList<SourceView> Sources)
{
    public static SourcesPage Build(PageContext context)
    {
        var model = context.Model;
        var language = LanguageTag.Clean(model.Info.Language) ?? "en";
        return new SourcesPage([.. model.Sources.Select(s =>
        {
            var sourceLanguage = LanguageTag.Clean(s.Language);
            return new SourceView(
                model.SourceNumber(s.Id),
                SitePaths.SourceAnchor(s.Id),
                s.Title,
                UrlPolicy.IsWebUrl(s.Url) ? s.Url : null,
                sourceLanguage is not null && !LanguageTag.SamePrimary(sourceLanguage, language) ? sourceLanguage : null,
                s.Publisher,
                s.Authors,
                s.Published,
                s.PublishedInferred,
                s.Kind,
                s.BasedOn,
                s.Notes,
                [.. model.FactsCiting(s.Id).Select(context.Fact)]);
        })]);
    }
}
