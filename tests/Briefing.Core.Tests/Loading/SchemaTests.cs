using Briefing.Core.Loading;
using Briefing.Core.Schemas;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Loading;

/// <summary>The editor schemas in content/schemas/ are what the document classes generate, and every file names its own.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Kinds() => [.. ContentKind.All.Select(k => k.SchemaName)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_committed_schema_matches_the_document_classes(string kindName)
    {
        var kind = ContentKind.All.Single(k => k.SchemaName == kindName);
        var committed = Path.Combine(Repository.ContentDirectory, "schemas", kind.SchemaFile);

        Assert.True(File.Exists(committed), $"{committed} is missing: run `dotnet run --project src/Briefing -- schemas`");
        Assert.True(SchemaGenerator.Generate(kind) == File.ReadAllText(committed),
            $"{kind.SchemaFile} has drifted from the C# documents: run `dotnet run --project src/Briefing -- schemas` and commit");
    }

    [Fact]
    public void The_schema_rejects_unknown_keys_and_requires_what_the_binder_requires()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(SchemaGenerator.Generate(ContentKind.Source))!;

        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["id", "title", "published", "language", "kind"], required);
        Assert.Contains("machine-translation", schema["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Every_content_file_starts_with_the_schema_line_of_its_kind()
    {
        // The on-disk fixtures too: copied for a test, they get content/schemas beside them, as content/ has.
        var files = Directory.EnumerateFiles(Repository.ContentDirectory, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.FixturesDirectory, "*.yaml", SearchOption.AllDirectories))
            .ToList();
        Assert.Contains(files, f => f.StartsWith(Repository.FixtureContent(Repository.MiniBriefing), StringComparison.Ordinal));
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(file))!;
            var kind = ContentKind.EntityKinds.SingleOrDefault(k => k.Folder == folder) ?? ContentKind.Briefing;
            var expected = kind == ContentKind.Briefing
                ? $"# yaml-language-server: $schema=schemas/{kind.SchemaFile}"
                : $"# yaml-language-server: $schema=../schemas/{kind.SchemaFile}";
            Assert.True(File.ReadLines(file).First() == expected, $"{file} should start with: {expected}");
        }
    }
}
