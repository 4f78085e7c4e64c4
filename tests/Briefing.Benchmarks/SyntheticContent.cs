using System.Text.RegularExpressions;

namespace Briefing.Benchmarks;

/// <summary>
/// Content <c>scale</c> times the size of a content folder, written as YAML files so a benchmark
/// measures loading and checking too: copy 1 is the folder as it is; copy k (2 … scale) has every
/// file again, each id suffixed <c>-k{k}</c> and every reference to an id rewritten the same way,
/// so each copy is a whole briefing's worth of linked deals, companies and facts. Names and titles
/// get " (k)", so no two companies read alike. The briefing file is written once, with copy 1.
/// </summary>
internal static partial class SyntheticContent
{
    private const string BriefingFile = "briefing.yaml";

    /// <summary>Writes the content under <paramref name="target"/>; returns the number of files.</summary>
    public static int Write(string source, string target, int scale)
    {
        var files = Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(source, f).StartsWith("schemas", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Relative: Path.GetRelativePath(source, f), Text: File.ReadAllText(f)))
            .ToList();
        var ids = files.SelectMany(f => IdLine().Matches(f.Text).Select(m => m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
        CopySchemas(source, target);

        var written = 0;
        for (var copy = 1; copy <= scale; copy++)
        {
            foreach (var (relative, text) in files)
            {
                if (copy > 1 && relative == BriefingFile)
                {
                    continue;
                }

                var path = Path.Combine(target, copy == 1 ? relative : Suffixed(relative, copy));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, copy == 1 ? text : Rewrite(text, ids, copy));
                written++;
            }
        }

        return written;
    }

    private static string Suffixed(string relative, int copy) =>
        Path.Combine(Path.GetDirectoryName(relative)!, $"{Path.GetFileNameWithoutExtension(relative)}-k{copy}.yaml");

    /// <summary>Line by line: a value that is exactly a known id (after a key, a list dash, or in a flow list) gets the suffix.</summary>
    private static string Rewrite(string text, HashSet<string> ids, int copy) =>
        string.Join('\n', text.Split('\n').Select(line =>
        {
            if (NameLine().Match(line) is { Success: true } name)
            {
                return $"{name.Groups["head"].Value}{name.Groups["value"].Value.TrimEnd()} ({copy})";
            }

            return Token().Replace(line, m => ids.Contains(m.Value) && IsReference(line, m.Index) ? $"{m.Value}-k{copy}" : m.Value);
        }));

    // A token is a reference when nothing but a key, a dash, brackets or commas come before it on the line:
    // prose on a line of a folded block never is.
    private static bool IsReference(string line, int at) => ReferencePrefix().IsMatch(line[..at]);

    private static void CopySchemas(string source, string target)
    {
        var schemas = Path.Combine(source, "schemas");
        if (!Directory.Exists(schemas))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(schemas))
        {
            Directory.CreateDirectory(Path.Combine(target, "schemas"));
            File.Copy(file, Path.Combine(target, "schemas", Path.GetFileName(file)));
        }
    }

    [GeneratedRegex(@"^id:\s*(?<id>[a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^(?<head>(?:name|title):\s+)(?<value>[^>|\s].*)$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"[a-z0-9]+(?:-[a-z0-9]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"^\s*(?:-\s*)?(?:[A-Za-z_]+:\s*)?(?:\[\s*|\{\s*[A-Za-z_]+:\s*)?(?:[a-z0-9-]+\s*,\s*)*$")]
    private static partial Regex ReferencePrefix();
}
