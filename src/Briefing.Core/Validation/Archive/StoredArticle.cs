namespace Briefing.Core.Validation.Archive;

/// <summary>
/// A source's stored plain-text copy, cut into paragraphs as the authoring guide counts them: the
/// non-empty lines from the top, headline, date line and credit lines included, so
/// <c>grep -v '^\s*$' article.txt | sed -n 8p</c> finds paragraph 8.
/// </summary>
internal sealed class StoredArticle
{
    private readonly string[] _paragraphs;

    public StoredArticle(string text)
    {
        _paragraphs = [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
    }

    public int Count => _paragraphs.Length;

    /// <summary>Paragraph <paramref name="number"/>, counted from 1.</summary>
    public string Paragraph(int number) => _paragraphs[number - 1];

    /// <summary>The paragraphs a citation points at, or every paragraph when it points at none in particular.</summary>
    public IEnumerable<string> At(IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? _paragraphs : numbers.Where(n => n >= 1 && n <= Count).Select(Paragraph);
}
