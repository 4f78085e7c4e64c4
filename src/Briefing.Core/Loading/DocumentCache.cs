using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Loading;

/// <summary>
/// Remembers each file's bound document and diagnostics by its size and write time, so a
/// rebuild in `serve` re-reads only the files that changed. Not thread-safe: one build at a time.
/// </summary>
public sealed class DocumentCache
{
    private sealed record Entry(DateTime WrittenUtc, long Length, YamlObject? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private HashSet<string> _knownIds = new(StringComparer.Ordinal);

    /// <summary>How many files the last reads parsed rather than took from the cache.</summary>
    public int Misses { get; private set; }

    /// <summary>
    /// Tells the cache which entity ids exist. A file's errors may suggest ids ("did you mean 'catl'?"), so
    /// when a file is added, removed or renamed the cached reports of files with errors are dropped and
    /// those files read again; files without errors do not depend on other files and stay cached.
    /// </summary>
    internal void UseKnownIds(HashSet<string> ids)
    {
        if (_knownIds.SetEquals(ids))
        {
            return;
        }

        _knownIds = ids;
        foreach (var path in _entries.Where(e => DiagnosticCounts.HasErrors(e.Value.Diagnostics)).Select(e => e.Key).ToList())
        {
            _entries.Remove(path);
        }
    }

    internal T? GetOrRead<T>(FileInfo file, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read) where T : YamlObject
    {
        if (_entries.TryGetValue(file.FullName, out var entry) && entry.WrittenUtc == file.LastWriteTimeUtc && entry.Length == file.Length)
        {
            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return entry.Document as T;
        }

        Misses++;
        var own = new DiagnosticBag();
        var document = read(own);
        foreach (var diagnostic in own.Items)
        {
            diagnostics.Add(diagnostic);
        }

        _entries[file.FullName] = new Entry(file.LastWriteTimeUtc, file.Length, document, own.Items.ToList());
        return document;
    }
}
