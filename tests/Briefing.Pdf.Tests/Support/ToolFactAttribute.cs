namespace Briefing.Pdf.Tests.Support;

/// <summary>
/// A fact that needs external tools: skipped when one is missing on a developer machine, but run (and so
/// failing) when CI=true, where the tools are part of the contract.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !ExternalTool.Exists(t)).ToList();
        if (missing.Count > 0 && !ExternalTool.IsRequired)
        {
            Skip = $"Needs {string.Join(", ", missing)} (install poppler-utils and qpdf); required when CI=true.";
        }
    }
}
