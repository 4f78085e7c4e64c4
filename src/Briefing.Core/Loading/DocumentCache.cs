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

    /// <summary>How many files the last reads parsed rather than took from the cache.</summary>
    public int Misses { get; private set; }

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
