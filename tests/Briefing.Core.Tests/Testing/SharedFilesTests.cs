namespace Briefing.Core.Tests.Testing;

/// <summary>How tests find ../shared, with the shared folder injected: a fresh clone has none beside it.</summary>
public sealed class SharedFilesTests : IDisposable
{
    private readonly string _shared = Directory.CreateTempSubdirectory("briefing-shared-").FullName;

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    [Fact]
    public void A_missing_folder_is_named_with_where_it_was_looked_for_and_that_CI_requires_it()
    {
        var missing = SharedFiles.Missing(SharedFiles.YamlTestSuite, _shared);

        Assert.NotNull(missing);
        Assert.StartsWith("../shared/testsuites/yaml-test-suite not found beside the checkout", missing, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_shared, "testsuites", "yaml-test-suite"), missing, StringComparison.Ordinal);
        Assert.EndsWith("CI=true requires it.", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Requiring_a_missing_file_fails_with_that_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SharedFiles.Require(SharedFiles.CommonMarkSpec, _shared));

        Assert.Equal(SharedFiles.Missing(SharedFiles.CommonMarkSpec, _shared), error.Message);
    }

    [Fact]
    public void A_present_folder_or_file_is_found()
    {
        Directory.CreateDirectory(Path.Combine(_shared, "testsuites", "commonmark"));
        File.WriteAllText(Path.Combine(_shared, "testsuites", "commonmark", "spec.json"), "[]");
        Directory.CreateDirectory(Path.Combine(_shared, "seeds"));

        Assert.Null(SharedFiles.Missing(SharedFiles.Seeds, _shared));
        Assert.Equal(Path.Combine(_shared, "testsuites", "commonmark", "spec.json"), SharedFiles.Require(SharedFiles.CommonMarkSpec, _shared));
    }
}
