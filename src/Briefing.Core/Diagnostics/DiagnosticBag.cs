namespace Briefing.Core.Diagnostics;

/// <summary>Collects every problem of a run so the analyst sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => DiagnosticCounts.HasErrors(_items);

    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string code, SourceSpan span, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, span, message, hint));

    public void Warning(string code, SourceSpan span, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, span, message, hint));

    public void Info(string code, SourceSpan span, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Info, code, span, message, hint));

    /// <summary>Diagnostics in a stable order: by file, then position, then code.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
