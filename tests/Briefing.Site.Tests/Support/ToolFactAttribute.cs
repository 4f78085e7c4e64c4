namespace Briefing.Site.Tests.Support;

/// <summary>
/// A fact that needs external tools. Skipped with a reason when one is missing, unless CI=true:
/// then it runs, and <see cref="ExternalTools.Require"/> fails it with install advice.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        if (!ExternalTools.IsCi && ExternalTools.FirstMissing(tools) is { } missing)
        {
            Skip = $"{missing} not found. {ExternalTools.InstallAdvice} (With CI=true this test fails instead.)";
        }
    }

    public IReadOnlyList<string> Tools { get; }
}
