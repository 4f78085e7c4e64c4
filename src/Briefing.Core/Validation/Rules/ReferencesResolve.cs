using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>Every id a file mentions names an entity of the right kind; otherwise the closest ids are suggested.</summary>
public sealed class ReferencesResolve : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        var check = new ReferenceChecker(diagnostics, content.Set.UnreadableIds);
        foreach (var citation in content.AllCitations())
        {
            check.One(citation, nameof(Citation.Source), citation.Source, content.Sources, ContentKind.Source);
        }

        foreach (var company in content.Set.Companies)
        {
            if (company.Parent is { } parent)
            {
                check.One(parent, nameof(ParentLink.Company), parent.Company, content.Companies, ContentKind.Company);
            }
        }

        foreach (var deal in content.Set.Deals)
        {
            foreach (var party in deal.Parties)
            {
                check.One(party, nameof(PartyEntry.Company), party.Company, content.Companies, ContentKind.Company);
            }

            check.Many(deal, nameof(DealDocument.Related), deal.Related, content.Deals, ContentKind.Deal);
        }

        foreach (var fact in content.Set.Facts)
        {
            check.Many(fact, nameof(FactDocument.About), fact.About, content.Companies, ContentKind.Company);
            check.Many(fact, nameof(FactDocument.Deals), fact.Deals, content.Deals, ContentKind.Deal);
            if (fact.Figure is not { } figure)
            {
                continue;
            }

            check.One(figure, nameof(FigureEntry.Subject), figure.Subject, content.Companies, ContentKind.Company);
            if (figure.GrowthOf is { } growth)
            {
                check.One(growth, nameof(GrowthEntry.From), growth.From, content.Facts, ContentKind.Fact);
                check.One(growth, nameof(GrowthEntry.To), growth.To, content.Facts, ContentKind.Fact);
            }

            if (figure.ConvertedFrom is { } conversion)
            {
                check.One(conversion, nameof(ConversionEntry.Amount), conversion.Amount, content.Facts, ContentKind.Fact);
                check.One(conversion, nameof(ConversionEntry.Rate), conversion.Rate, content.Facts, ContentKind.Fact);
            }
        }

        foreach (var item in content.Set.Events)
        {
            check.Many(item, nameof(EventDocument.Deals), item.Deals, content.Deals, ContentKind.Deal);
            check.Many(item, nameof(EventDocument.Companies), item.Companies, content.Companies, ContentKind.Company);
            check.Many(item, nameof(EventDocument.Facts), item.Facts, content.Facts, ContentKind.Fact);
        }

        foreach (var bar in content.Set.Charts.SelectMany(c => c.Bars))
        {
            check.One(bar, nameof(ChartBarEntry.Fact), bar.Fact, content.Facts, ContentKind.Fact);
        }

        if (content.Set.Briefing is { } briefing)
        {
            foreach (var point in briefing.Takeaways.Concat(briefing.Risks).Concat(briefing.Outlook))
            {
                check.Many(point, nameof(PointEntry.Facts), point.Facts, content.Facts, ContentKind.Fact);
            }

            check.Many(briefing, nameof(BriefingDocument.KeyFigures), briefing.KeyFigures, content.Facts, ContentKind.Fact);
        }
    }

    /// <summary>Reports ids that name nothing, with the closest existing ids as the hint.</summary>
    /// <remarks>Ids of files that failed to read are skipped: their own errors say what is wrong.</remarks>
    private sealed class ReferenceChecker(DiagnosticBag diagnostics, IReadOnlySet<string> unreadable)
    {
        public void One<T>(YamlObject owner, string property, string? id, IReadOnlyDictionary<string, T> known, ContentKind kind) =>
            Report(owner.SpanOf(property), id, known, kind);

        /// <summary>Each id of a list, reported at its own item so `about: [chery, catel]` points at catel.</summary>
        public void Many<T>(YamlObject owner, string property, List<string>? ids, IReadOnlyDictionary<string, T> known, ContentKind kind)
        {
            for (var i = 0; i < (ids?.Count ?? 0); i++)
            {
                Report(owner.SpanOfItem(property, i), ids![i], known, kind);
            }
        }

        private void Report<T>(SourceSpan span, string? id, IReadOnlyDictionary<string, T> known, ContentKind kind)
        {
            if (string.IsNullOrEmpty(id) || known.ContainsKey(id) || unreadable.Contains(id))
            {
                return;
            }

            var closest = Suggestions.Closest(id, known.Keys);
            var hint = closest.Count > 0
                ? Suggestions.DidYouMean(closest)
                : $"add {kind.Folder}/{id}.yaml, or use an existing {kind.SchemaName} id";
            diagnostics.Error(DiagnosticCodes.UnknownReference, span, $"no {kind.SchemaName} has the id '{id}'", hint);
        }
    }
}
