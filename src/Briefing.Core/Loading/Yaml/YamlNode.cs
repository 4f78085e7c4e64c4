using Briefing.Core.Diagnostics;

namespace Briefing.Core.Loading.Yaml;

/// <summary>
/// A minimal YAML tree that keeps where every node was written. It is all the binder needs,
/// and building it ourselves lets the reader enforce the guards YamlDotNet lacks.
/// </summary>
public abstract record YamlNode(SourceSpan Span);

/// <summary>A scalar; <see cref="IsPlain"/> tells an unquoted <c>42</c> from a quoted <c>"42"</c>.</summary>
public sealed record YamlScalar(SourceSpan Span, string Value, bool IsPlain) : YamlNode(Span)
{
    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: YAML's way of writing nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence of nodes.</summary>
public sealed record YamlSequence(SourceSpan Span, IReadOnlyList<YamlNode> Items) : YamlNode(Span);

/// <summary>A mapping with scalar keys, in document order, duplicates already reported and dropped.</summary>
public sealed record YamlMapping(SourceSpan Span, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Span);
