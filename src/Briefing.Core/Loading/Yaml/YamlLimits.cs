namespace Briefing.Core.Loading.Yaml;

/// <summary>
/// Guards against hostile or broken files. YamlDotNet 16.3 overflows the stack on documents
/// nested a few thousand levels deep and expands aliases without limit, so we cap both.
/// </summary>
public sealed record YamlLimits(int MaxFileBytes, int MaxDepth)
{
    /// <summary>Content files are small; a megabyte is far beyond any honest one.</summary>
    public static readonly YamlLimits Default = new(MaxFileBytes: 1024 * 1024, MaxDepth: 64);
}
