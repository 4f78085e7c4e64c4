using Briefing.Core.Output;

namespace Briefing.Core.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-out-").FullName;

    private string Output => Path.Combine(_root, "output");

    private static OutputFile File(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The output's files, without the marker every output carries (tested on its own below).</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != OutputWriter.MarkerFileName)
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

        Assert.ThrowsAny<IOException>(() => faulty.Write([File("a.txt", "new a"), File("b/c.txt", "new c"), File("d.txt", "new d")]));

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

    [Fact]
    public void Every_output_carries_the_same_marker_swapped_in_with_it()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("index.html", "v1")]);
        var first = System.IO.File.ReadAllBytes(Path.Combine(Output, OutputWriter.MarkerFileName));
        writer.Write([File("index.html", "v2"), File(OutputWriter.MarkerFileName, "a renderer must not replace it")]);

        Assert.Equal(first, System.IO.File.ReadAllBytes(Path.Combine(Output, OutputWriter.MarkerFileName)));
        Assert.Equal(OutputWriter.MarkerText, System.IO.File.ReadAllText(Path.Combine(Output, OutputWriter.MarkerFileName)));
    }

    [Fact]
    public void An_empty_folder_is_replaced_and_marked()
    {
        Directory.CreateDirectory(Output);

        new OutputWriter(Output).Write([File("index.html", "v1")]);

        Assert.True(System.IO.File.Exists(Path.Combine(Output, OutputWriter.MarkerFileName)));
        Assert.Equal("v1", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(Output);
        System.IO.File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");
        var writer = new OutputWriter(Output);

        var refused = Assert.Throws<OutputFolderRefusedException>(() => writer.Write([File("index.html", "v1")]));

        Assert.Contains(OutputWriter.MarkerFileName, refused.Message, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["notes.txt"] = "mine" }, Snapshot());
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
        Assert.Throws<OutputFolderRefusedException>(writer.Remove);
        Assert.True(System.IO.File.Exists(Path.Combine(Output, "notes.txt")));
    }

    [Fact]
    public void Unmarked_folders_named_like_staging_are_not_recovered_or_deleted()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("index.html", "good")]);
        Directory.CreateDirectory(writer.PreviousDirectory);
        System.IO.File.WriteAllText(Path.Combine(writer.PreviousDirectory, "notes.txt"), "mine");

        Assert.Throws<OutputFolderRefusedException>(writer.Recover);
        Assert.Throws<OutputFolderRefusedException>(writer.Remove);

        Assert.Equal("mine", System.IO.File.ReadAllText(Path.Combine(writer.PreviousDirectory, "notes.txt")));
        Assert.Equal("good", System.IO.File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Remove_deletes_the_output_and_staging_folders_it_made_and_nothing_else()
    {
        var writer = new OutputWriter(Output);
        writer.Write([File("index.html", "v1")]);
        Directory.CreateDirectory(writer.StagingDirectory);
        System.IO.File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");

        var removed = writer.Remove();

        Assert.Equal([writer.OutputDirectory, writer.StagingDirectory], removed);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        System.IO.File.WriteAllText(Output, "a file");
        var writer = new OutputWriter(Output);

        Assert.Throws<OutputFolderRefusedException>(() => writer.Write([File("index.html", "v1")]));

        Assert.Equal("a file", System.IO.File.ReadAllText(Output));
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void A_swap_that_fails_removes_staging()
    {
        var blocked = Path.Combine(_root, "blocked");

        // Something takes the output's name while the build is being written: the swap's rename fails.
        var faulty = new OutputWriter(blocked) { BeforeEachFile = _ => System.IO.File.WriteAllText(blocked, "in the way") };

        Assert.ThrowsAny<IOException>(() => faulty.Write([File("index.html", "new")]));
        Assert.False(Directory.Exists(faulty.StagingDirectory));
        Assert.False(Directory.Exists(faulty.PreviousDirectory));
        Assert.Equal("in the way", System.IO.File.ReadAllText(blocked));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
