namespace Briefing.Core.Loading.Yaml;

/// <summary>
/// Guards against hostile or broken files. YamlDotNet's parser sets no depth limit of its own
/// (16.3 overflowed the stack a few thousand levels deep) and aliases could multiply a small
/// file, so we cap depth and size ourselves and reject aliases; the tests keep each guard.
/// </summary>
public sealed record YamlLimits(int MaxFileBytes, int MaxDepth)
{
    /// <summary>Content files are small; a megabyte is far beyond any honest one.</summary>
    public static readonly YamlLimits Default = new(MaxFileBytes: 1024 * 1024, MaxDepth: 64);
}
