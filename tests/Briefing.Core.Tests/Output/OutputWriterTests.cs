using Briefing.Core.Output;

namespace Briefing.Core.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-out-").FullName;

    private string Output => Path.Combine(_root, "output");

    private static OutputFile File(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Output, p), System.IO.File.ReadAllText);

    [Fact]
    public void Writes_files_and_replaces_the_previous_output_whole()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("site/index.html", "v1"), File("old.pdf", "pdf1")]);
        writer.Write([File("site/index.html", "v2")]);

        Assert.Equal(new Dictionary<string, string> { [Path.Combine("site", "index.html")] = "v2" }, Snapshot());
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void Kept_files_of_the_previous_output_survive_unless_replaced()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("site/index.html", "v1"), File("a.pdf", "pdf1"), File("b.pdf", "pdf-b")]);

        writer.Write([File("site/index.html", "v2"), File("b.pdf", "pdf-b2")], keep: p => p.EndsWith(".pdf", StringComparison.Ordinal));

        Assert.Equal(new Dictionary<string, string>
        {
            [Path.Combine("site", "index.html")] = "v2",
            ["a.pdf"] = "pdf1",
            ["b.pdf"] = "pdf-b2",
        }, Snapshot());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failure_after_n_files_leaves_the_previous_output_byte_identical(int failAfter)
    {
        new OutputWriter(Output).Write([File("a.txt", "old a"), File("b/c.txt", "old c")]);
        var before = Snapshot();
        var written = 0;
        var faulty = new OutputWriter(Output)
        {
            BeforeEachFile = _ =>
            {
                if (written++ == failAfter)
                {
                    throw new IOException("disk full");
                }
            },
        };

        Assert.Throws<IOException>(() => faulty.Write([File("a.txt", "new a"), File("b/c.txt", "new c"), File("d.txt", "new d")]));

        Assert.Equal(before, Snapshot());
        Assert.False(Directory.Exists(faulty.StagingDirectory));
    }

    [Fact]
    public void A_swap_killed_between_its_renames_is_undone_on_the_next_start()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("index.html", "good")]);
        Directory.Move(Output, writer.PreviousDirectory);
        Directory.CreateDirectory(writer.StagingDirectory);

        var note = writer.Recover();

        Assert.NotNull(note);
        Assert.Equal("good", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(writer.StagingDirectory));
        Assert.False(Directory.Exists(writer.PreviousDirectory));
    }

    [Fact]
    public void A_swap_killed_before_its_clean_up_keeps_the_new_output()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("index.html", "new")]);
        Directory.CreateDirectory(writer.PreviousDirectory);

        Assert.Null(writer.Recover());
        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(writer.PreviousDirectory));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/etc/passwd")]
    public void A_path_outside_the_output_is_refused(string path)
    {
        var writer = new OutputWriter(Output);

        Assert.Throws<InvalidOperationException>(() => writer.Write([File(path, "x")]));
        Assert.False(System.IO.File.Exists(Path.Combine(_root, "escape.txt")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
