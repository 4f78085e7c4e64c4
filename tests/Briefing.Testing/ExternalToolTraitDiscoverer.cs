using Xunit.Abstractions;
using Xunit.Sdk;

namespace Briefing.Testing;

/// <summary>Gives every <see cref="ToolFactAttribute"/> test the trait <c>Category=ExternalTool</c>, so filters can leave them out.</summary>
public sealed class ExternalToolTraitDiscoverer : ITraitDiscoverer
{
    public const string TypeName = "Briefing.Testing.ExternalToolTraitDiscoverer";
    public const string AssemblyName = "Briefing.Testing";
    public const string Category = "Category";
    public const string ExternalTool = "ExternalTool";

    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) => [new(Category, ExternalTool)];
}
