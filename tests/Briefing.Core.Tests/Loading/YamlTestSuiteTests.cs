using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Yaml;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Loading;

/// <summary>
/// Every case of the YAML test suite goes through our reader: none may crash or hang, and
/// every case the suite marks as an error must end in a clean error diagnostic. The suite lives in
/// ../shared: without it these tests skip, except under CI=true.
/// </summary>
public sealed class YamlTestSuiteTests
{
    public static TheoryData<string> Cases() => SharedFiles.Rows(SharedFiles.YamlTestSuite, suite =>
        Directory.EnumerateDirectories(suite)
            .Where(directory => File.Exists(Path.Combine(directory, "in.yaml")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal));

    [SharedFact(SharedFiles.YamlTestSuite)]
    public void The_suite_is_present()
    {
        var suite = SharedFiles.Require(SharedFiles.YamlTestSuite);
        Assert.True(Cases().Count > 300, $"expected over 300 cases in the YAML test suite at {suite}");
    }

    [SharedTheory(SharedFiles.YamlTestSuite)]
    [MemberData(nameof(Cases))]
    public async Task The_reader_handles_the_case_cleanly(string name)
    {
        var directory = Path.Combine(SharedFiles.Require(SharedFiles.YamlTestSuite), name);
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
