using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Yaml;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Loading;

/// <summary>
/// Every case of the YAML test suite goes through our reader: none may crash or hang, and
/// every case the suite marks as an error must end in a clean error diagnostic.
/// </summary>
public sealed class YamlTestSuiteTests
{
    private static readonly string SuiteDirectory = Path.Combine(Repository.SharedDirectory, "testsuites", "yaml-test-suite");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(SuiteDirectory).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(directory, "in.yaml")))
            {
                data.Add(Path.GetFileName(directory));
            }
        }

        return data;
    }

    [Fact]
    public void The_suite_is_present()
    {
        Assert.True(Cases().Count > 300, $"expected the YAML test suite at {SuiteDirectory}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_reader_handles_the_case_cleanly(string name)
    {
        var directory = Path.Combine(SuiteDirectory, name);
        var text = File.ReadAllText(Path.Combine(directory, "in.yaml"));
        var mustFail = File.Exists(Path.Combine(directory, "error"));
        var diagnostics = new DiagnosticBag();

        var read = Task.Run(() => new YamlReader(YamlLimits.Default).Read("in.yaml", text, diagnostics));
        var root = await read.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(diagnostics.Items, d => Assert.True(d.Span.Line >= 1, $"case {name}: {d} has no position"));
        if (mustFail)
        {
            Assert.True(diagnostics.HasErrors, $"case {name} ({File.ReadAllText(Path.Combine(directory, "name.txt")).Trim()}) must be rejected");
            Assert.Null(root);
        }
    }
}
