using System.Globalization;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;
using Citation = Briefing.Core.Loading.Documents.Citation;
using Briefing.Core.Validation.Archive;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Where the analyst keeps the articles cited, what the content says they say is checked against
/// them: every cited paragraph exists in the stored copy, every figure's number is printed in a
/// paragraph it cites, and every short quoted phrase of a fact's statement stands there word for
/// word. Mismatches are warnings; without an archive the check says once that it did not run.
/// </summary>
public sealed class CitationsMatchTheirStoredArticles : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        var briefingSpan = content.Set.Briefing?.SpanOf(nameof(BriefingDocument.Archive)) ?? SourceSpan.None;
        var archive = ArchiveCopies.Of(content.Set, out var named);
        if (archive is null)
        {
            diagnostics.Info(DiagnosticCodes.ArchiveNotVerified, briefingSpan,
                named is null
                    ? "figures not verified against stored articles: no archive is named"
                    : $"figures not verified against stored articles: the archive folder '{named}' is not there",
                "name the folder of stored copies as archive: in briefing.yaml (or pass --archive DIR), and each source's storedCopy");
            return;
        }

        var copies = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        foreach (var source in content.Set.Sources.Where(s => !string.IsNullOrWhiteSpace(s.StoredCopy)))
        {
            if (archive.Copy(source, out var problem) is { } copy)
            {
                copies[source.Id] = copy;
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.StoredCopyMissing, source.SpanOf(nameof(SourceDocument.StoredCopy)),
                    $"source '{source.Id}' names the stored copy '{source.StoredCopy}', but {problem}",
                    $"the archive is {archive.Directory}; fix the file name or copy the article there");
            }
        }

        foreach (var citation in content.AllCitations())
        {
            CheckLocator(citation, copies, diagnostics);
        }

        foreach (var fact in content.Set.Facts)
        {
            CheckFact(fact, copies, diagnostics);
        }

        var unverified = content.Set.Sources.Count(s => !copies.ContainsKey(s.Id));
        diagnostics.Info(DiagnosticCodes.ArchiveVerified, briefingSpan,
            $"citations checked against {copies.Count} stored {(copies.Count == 1 ? "article" : "articles")}"
            + (unverified == 0 ? "" : $"; {unverified} {(unverified == 1 ? "source has" : "sources have")} no stored copy"));
    }

    private static void CheckLocator(Citation citation, Dictionary<string, StoredArticle> copies, DiagnosticBag diagnostics)
    {
        if (!copies.TryGetValue(citation.Source, out var copy))
        {
            return;
        }

        foreach (var paragraph in Locator.Paragraphs(citation.At).Where(n => n < 1 || n > copy.Count).Take(1))
        {
            diagnostics.Warning(DiagnosticCodes.LocatorNotInCopy, citation.SpanOf(nameof(Citation.At)),
                $"'{citation.At}' of source '{citation.Source}' is past the end of its stored copy, which has {copy.Count} paragraphs",
                "paragraphs are the non-empty lines of the stored copy, counted from the top, headline and date line included");
        }
    }

    private static void CheckFact(FactDocument fact, Dictionary<string, StoredArticle> copies, DiagnosticBag diagnostics)
    {
        var cited = fact.Cites
            .Where(c => copies.ContainsKey(c.Source))
            .Select(c => (Citation: c, Paragraphs: copies[c.Source].At(Locator.Paragraphs(c.At)).ToList()))
            .ToList();
        if (cited.Count == 0)
        {
            return;
        }

        if (fact.Figure is { } figure && !Printed(figure, cited.SelectMany(c => c.Paragraphs)))
        {
            var where = string.Join(" or ", cited.Select(c => $"{c.Citation.At ?? "the text"} of '{c.Citation.Source}'"));
            diagnostics.Warning(DiagnosticCodes.FigureNotInCopy, figure.SpanOf(nameof(FigureEntry.Value)),
                $"fact '{fact.Id}': the value {Shown(figure)} is not printed in {where}",
                "check the number and the paragraph against the stored copy; a figure cites the paragraph that prints it");
        }

        foreach (var phrase in QuotedPhrases.In(fact.Statement))
        {
            if (!cited.SelectMany(c => c.Paragraphs).Any(p => QuotedPhrases.Contains(p, phrase)))
            {
                diagnostics.Warning(DiagnosticCodes.QuoteNotInCopy, fact.SpanOf(nameof(FactDocument.Statement)),
                    $"fact '{fact.Id}' quotes \"{phrase}\", which is not word for word in the paragraphs it cites",
                    "a quotation repeats the source exactly; paraphrase without quotation marks otherwise");
            }
        }
    }

    // A derived figure (a growth rate, a conversion) is checked like any other: the article printed it.
    // A scaled figure must be printed at its scale ("8 billion", "8bn", "8,000,000,000"): a bare 8 is not it.
    // Sizes are compared, as articles write a fall in words more often than with a minus sign.
    private static bool Printed(FigureEntry figure, IEnumerable<string> paragraphs)
    {
        var size = Math.Abs(figure.Value);
        if (size >= 1_000_000_000_000_000m)
        {
            return true; // out of range for a figure: BRF015 already says so
        }

        var expected = size * ((Scale?)figure.Scale).Multiplier();
        return paragraphs.SelectMany(PrintedNumbers.In).Any(n => n == expected);
    }

    private static string Shown(FigureEntry figure) =>
        figure.Value.ToString(CultureInfo.InvariantCulture) + (figure.Scale is { } scale ? $" {scale.ToString().ToLowerInvariant()}" : "");
}
