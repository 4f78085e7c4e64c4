using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Loading.Yaml;

namespace Briefing.Core.Loading;

/// <summary>
/// Reads a content folder: briefing.yaml and one entity per file under sources/, companies/,
/// deals/, facts/, events/ and charts/. Files are read in ordinal order so diagnostics and
/// output never depend on the file system's listing order.
/// </summary>
public sealed class ContentReader(YamlLimits limits, DocumentCache? cache = null)
{
    private static readonly HashSet<string> IgnoredEntries = new(StringComparer.Ordinal) { "README.md", "schemas" };

    // Every entity's id, from the file names, for "did you mean" on a malformed reference.
    private HashSet<string> _knownIds = new(StringComparer.Ordinal);

    /// <summary>Where a content folder's briefing file is.</summary>
    public static string BriefingPath(string contentDirectory) => Path.Combine(contentDirectory, "briefing.yaml");

    public ContentSet Read(string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.MissingContent, new SourceSpan(contentDirectory, 0, 0),
                "the content folder does not exist", "run from the project folder, or pass --content DIR");
            return new ContentSet(null, [], [], [], [], [], []);
        }

        ReportStrayFiles(contentDirectory, diagnostics);
        var briefingPath = BriefingPath(contentDirectory);
        BriefingDocument? briefing = null;
        if (File.Exists(briefingPath) || new FileInfo(briefingPath).LinkTarget is not null)
        {
            briefing = ReadFile<BriefingDocument>(briefingPath, diagnostics);
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.MissingContent, new SourceSpan(briefingPath, 0, 0),
                "briefing.yaml is missing", "every content folder needs a briefing.yaml with the title, edition and sections");
        }

        // Each folder is listed once: the same listing gives the known ids and the files to read.
        var listings = ContentKind.EntityKinds.ToDictionary(k => k, k => Entries(Path.Combine(contentDirectory, k.Folder), diagnostics));
        _knownIds = listings.Values.SelectMany(entries => entries)
            .Where(entry => entry.IsEntity)
            .Select(entry => Path.GetFileNameWithoutExtension(entry.Path))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        cache?.UseKnownIds(_knownIds);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        List<T> ReadFolder<T>(ContentKind kind) where T : YamlObject => ReadEntities<T>(kind, listings[kind], diagnostics, unreadable);
        return new ContentSet(
            briefing,
            ReadFolder<SourceDocument>(ContentKind.Source),
            ReadFolder<CompanyDocument>(ContentKind.Company),
            ReadFolder<DealDocument>(ContentKind.Deal),
            ReadFolder<FactDocument>(ContentKind.Fact),
            ReadFolder<EventDocument>(ContentKind.Event),
            ReadFolder<ChartDocument>(ContentKind.Chart))
        {
            UnreadableIds = unreadable,
            Directory = contentDirectory,
        };
    }

    /// <summary>Reads and binds one file; null when it could not be read or bound.</summary>
    public T? ReadFile<T>(string path, DiagnosticBag diagnostics) where T : YamlObject
    {
        // Checked on every read, before the cache: a file can be replaced by a pipe or a broken link between rebuilds.
        if (ContentPath.ProblemWithFile(path) is { } problem)
        {
            Unreadable(path, problem, diagnostics);
            return null;
        }

        var info = new FileInfo(path);
        return cache is null ? ReadUncached<T>(info, path, diagnostics) : cache.GetOrRead(info, diagnostics, bag => ReadUncached<T>(info, path, bag));
    }

    private T? ReadUncached<T>(FileInfo info, string path, DiagnosticBag diagnostics) where T : YamlObject
    {
        if (info.Length > limits.MaxFileBytes)
        {
            // Checked before reading so a huge file is never loaded into memory.
            diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceSpan(path, 1, 1),
                $"the file is {info.Length:N0} bytes; content files may be at most {limits.MaxFileBytes:N0} bytes",
                "split it into several files, one entity per file");
            return null;
        }

        if (ReadBounded(path, diagnostics) is not { } bytes || !TryDecodeUtf8(path, bytes, diagnostics, out var text))
        {
            return null;
        }

        var root = new YamlReader(limits).Read(path, text, diagnostics);
        return root is null ? null : new DocumentBinder(diagnostics, _knownIds).Bind<T>(root);
    }

    /// <summary>
    /// A folder's entries in ordinal order, each marked when it is an entity file: a .yaml file, not a
    /// folder so named. None when the folder does not exist.
    /// </summary>
    private static List<(string Path, bool IsEntity)> Entries(string folder, DiagnosticBag diagnostics)
    {
        if (File.Exists(folder) || (!Directory.Exists(folder) && new FileInfo(folder).LinkTarget is not null))
        {
            Unreadable(folder, "it should be a folder of .yaml files, but it is a file or a broken link", diagnostics);
            return [];
        }

        if (!Directory.Exists(folder))
        {
            return [];
        }

        try
        {
            return [.. Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).Select(path => (path, IsYaml(path) && !Directory.Exists(path)))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(folder, $"the folder cannot be listed: {e.Message}", diagnostics);
            return [];
        }
    }

    private static void Unreadable(string path, string problem, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.UnreadablePath, new SourceSpan(path, 1, 1), $"'{Path.GetFileName(path)}' cannot be read: {problem}",
            "replace it with a regular file (or folder), or fix the link or its permissions; everything else was still checked");

    /// <summary>
    /// The file's bytes, reading at most one byte more than the size cap whatever the file claims
    /// to hold; null (reported) when it is larger or cannot be read.
    /// </summary>
    private byte[]? ReadBounded(string path, DiagnosticBag diagnostics)
    {
        try
        {
            if (BoundedFile.Read(path, limits.MaxFileBytes) is not { } content)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceSpan(path, 1, 1),
                    $"the file is larger than {limits.MaxFileBytes:N0} bytes, the most a content file may be",
                    "split it into several files, one entity per file");
                return null;
            }

            return content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(path, e.Message, diagnostics);
            return null;
        }
    }

    private List<T> ReadEntities<T>(ContentKind kind, List<(string Path, bool IsEntity)> entries, DiagnosticBag diagnostics, HashSet<string> unreadable)
        where T : YamlObject
    {
        var documents = new List<T>();
        foreach (var (path, isEntity) in entries)
        {
            if (!isEntity)
            {
                diagnostics.Warning(DiagnosticCodes.UnexpectedFile, new SourceSpan(path, 0, 0),
                    $"'{Path.GetFileName(path)}' is not read: {kind.Folder}/ holds one .yaml file per entity",
                    "rename it to <id>.yaml or move it out of the content folder");
                continue;
            }

            // A file with errors of its own is left out of the cross-file rules: its bad values were bound as
            // defaults (a figure of 0, an empty unit), and checking those would report false errors elsewhere.
            // Its id still counts as known, so nothing that refers to it is reported as dangling.
            var errorsBefore = diagnostics.Count(Severity.Error);
            if (ReadFile<T>(path, diagnostics) is { } document && diagnostics.Count(Severity.Error) == errorsBefore)
            {
                documents.Add(document);
            }
            else
            {
                unreadable.Add(Path.GetFileNameWithoutExtension(path));
            }
        }

        return documents;
    }

    private static void ReportStrayFiles(string contentDirectory, DiagnosticBag diagnostics)
    {
        var folders = ContentKind.EntityKinds.Select(k => k.Folder).ToHashSet(StringComparer.Ordinal);
        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(contentDirectory).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(contentDirectory, $"the folder cannot be listed: {e.Message}", diagnostics);
            return;
        }

        foreach (var path in entries)
        {
            var name = Path.GetFileName(path);
            if (name == "briefing.yaml" || IgnoredEntries.Contains(name) || folders.Contains(name) || name.StartsWith('.'))
            {
                continue;
            }

            diagnostics.Warning(DiagnosticCodes.UnexpectedFile, new SourceSpan(path, 0, 0),
                $"'{name}' is not read",
                $"content holds briefing.yaml and the folders {string.Join(", ", folders.Order(StringComparer.Ordinal))}");
        }
    }

    // Strict UTF-8: a file saved as Latin-1 would otherwise be read with U+FFFD in place of its accents and
    // published that way without a word.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool TryDecodeUtf8(string path, byte[] bytes, DiagnosticBag diagnostics, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..]; // a byte order mark is allowed and not content
            }

            return true;
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var before = bytes.AsSpan(0, at);
            var line = before.Count((byte)'\n') + 1;
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var column = StrictUtf8.GetCharCount(bytes, lineStart, at - lineStart) + 1;
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceSpan(path, line, column),
                $"the file is not UTF-8: byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} here is not valid UTF-8",
                "save the file as UTF-8 (in VS Code: click the encoding in the status bar, then 'Save with Encoding')");
            text = "";
            return false;
        }
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);
}
