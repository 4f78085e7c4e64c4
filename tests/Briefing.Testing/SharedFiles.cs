namespace Briefing.Testing;

/// <summary>
/// Files in ../shared beside the checkout (conformance suites, the articles the example was curated from).
/// CI lays ../shared out; a fresh clone on its own does not have it, so tests that read it use
/// <see cref="SharedFactAttribute"/> or <see cref="SharedTheoryAttribute"/> and reach files through
/// <see cref="Require(string)"/>.
/// </summary>
public static class SharedFiles
{
    public const string YamlTestSuite = "testsuites/yaml-test-suite";
    public const string CommonMarkSpec = "testsuites/commonmark/spec.json";
    public const string Seeds = "seeds";

    /// <summary>What is missing, said for a person, or null when <paramref name="relative"/> (a file or folder) is there.</summary>
    public static string? Missing(string relative) => Missing(relative, Repository.SharedDirectory);

    public static string? Missing(string relative, string sharedDirectory)
    {
        var path = PathOf(relative, sharedDirectory);
        return File.Exists(path) || Directory.Exists(path)
            ? null
            : $"../shared/{relative} not found beside the checkout (looked for {path}); CI=true requires it.";
    }

    /// <summary>The full path of <paramref name="relative"/>; throws with <see cref="Missing(string)"/>'s message when it is not there.</summary>
    public static string Require(string relative) => Require(relative, Repository.SharedDirectory);

    public static string Require(string relative, string sharedDirectory) =>
        Missing(relative, sharedDirectory) is { } missing ? throw new InvalidOperationException(missing) : PathOf(relative, sharedDirectory);

    /// <summary>
    /// Theory rows read from ../shared, or, when <paramref name="relative"/> is missing, one placeholder row: data
    /// must never throw at discovery. The theory is then skipped, or under CI its one row fails on <see cref="Require(string)"/>.
    /// </summary>
    public static TheoryData<string> Rows(string relative, Func<string, IEnumerable<string>> read)
    {
        var rows = new TheoryData<string>();
        foreach (var row in Missing(relative) is null ? read(Require(relative)) : [$"(../shared/{relative} missing)"])
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string PathOf(string relative, string sharedDirectory) =>
        Path.GetFullPath(Path.Combine(sharedDirectory, relative.Replace('/', Path.DirectorySeparatorChar)));
}
