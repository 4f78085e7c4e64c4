namespace Briefing.Core.Output;

/// <summary>
/// A file a renderer produced, in memory. Renderers are pure and return these; only the
/// output writer touches the disk. <see cref="Path"/> is relative, with '/' separators.
/// </summary>
public sealed record OutputFile(string Path, byte[] Content);
