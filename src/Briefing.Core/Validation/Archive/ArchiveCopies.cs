using System.Text;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Archive;

/// <summary>
/// The archive of stored copies a content set names (briefing.yaml's <c>archive</c>, or --archive),
/// read once per check. Only regular files inside the archive folder are read, each up to a size
/// cap: a copy is evidence to compare against, never content to trust.
/// </summary>
internal sealed class ArchiveCopies
{
    /// <summary>Stored copies are articles: 4 MiB is far beyond any, and bounds what a wrong path can make us read.</summary>
    public const long MaxCopyBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<string, StoredArticle?> _copies = new(StringComparer.Ordinal);

    private ArchiveCopies(string directory)
    {
        Directory = directory;
    }

    /// <summary>The archive folder, as a full path.</summary>
    public string Directory { get; }

    /// <summary>The archive folder the content names, or null when it names none (then <paramref name="named"/> is null too).</summary>
    public static ArchiveCopies? Of(ContentSet content, out string? named)
    {
        named = content.ArchiveOverride ?? content.Briefing?.Archive;
        if (string.IsNullOrWhiteSpace(named))
        {
            return null;
        }

        var baseDirectory = content.ArchiveOverride is not null ? Environment.CurrentDirectory : content.Directory ?? Environment.CurrentDirectory;
        var full = Path.GetFullPath(Path.Combine(baseDirectory, named));
        return System.IO.Directory.Exists(full) ? new ArchiveCopies(full) : null;
    }

    /// <summary>The stored copy a source names, or null with the reason when it cannot be read.</summary>
    public StoredArticle? Copy(SourceDocument source, out string? problem)
    {
        problem = null;
        var name = source.StoredCopy!;
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name is "." or "..")
        {
            problem = "a stored copy is named by its file name alone, inside the archive folder";
            return null;
        }

        if (_copies.TryGetValue(name, out var known))
        {
            problem = known is null ? "the stored copy could not be read" : null;
            return known;
        }

        var copy = Read(Path.Combine(Directory, name), out problem);
        _copies[name] = copy;
        return copy;
    }

    private static StoredArticle? Read(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            problem = "there is no such file in the archive";
            return null;
        }

        // The same guard as content files: a broken link, a FIFO or a device named like an article is not read.
        if (ContentPath.ProblemWithFile(path) is { } notAFile)
        {
            problem = $"the stored copy cannot be read: {notAFile}";
            return null;
        }

        try
        {
            if (BoundedFile.Read(path, MaxCopyBytes) is not { } bytes)
            {
                problem = $"the stored copy is larger than {MaxCopyBytes / (1024 * 1024)} MiB";
                return null;
            }

            return new StoredArticle(StrictUtf8.GetString(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problem = e is DecoderFallbackException ? "the stored copy is not UTF-8 text" : $"the stored copy could not be read ({e.Message})";
            return null;
        }
    }
}
