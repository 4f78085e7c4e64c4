using Xunit.Sdk;

namespace Briefing.Testing;

/// <summary>
/// A fact that drives external programs (<see cref="ExternalTools"/>): skipped with install advice when one
/// is missing, run (and so failing, through <see cref="ExternalTools.Require"/>) when CI=true. Every such
/// test carries the trait <c>Category=ExternalTool</c>, so <c>dotnet test --filter "Category!=ExternalTool"</c>
/// is the fast inner loop.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[TraitDiscoverer(ExternalToolTraitDiscoverer.TypeName, ExternalToolTraitDiscoverer.AssemblyName)]
public sealed class ToolFactAttribute : FactAttribute, ITraitAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        Skip = Prerequisite.SkipReason(ExternalTools.Missing(tools), Prerequisite.IsCi);
    }

    public IReadOnlyList<string> Tools { get; }
}
