using Briefing.Core.Output;

namespace Briefing.Core.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-atomic-").FullName;

    [Fact]
    public void A_file_is_replaced_whole_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_folder, "deep", "schema.json");

        AtomicFile.Write(path, "first");
        AtomicFile.Write(path, "second");

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Refusing_to_overwrite_keeps_the_existing_file_and_cleans_up()
    {
        var path = Path.Combine(_folder, "fact.yaml");
        File.WriteAllText(path, "analyst's work");

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, "skeleton", overwrite: false));

        Assert.Equal("analyst's work", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
