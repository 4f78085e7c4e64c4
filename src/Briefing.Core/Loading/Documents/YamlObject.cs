using System.Text.Json.Serialization;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Loading.Documents;

/// <summary>
/// Base of every object bound from YAML. It remembers where the object and each of its
/// fields were written, so a rule that runs after binding can still point at file:line:column.
/// </summary>
public abstract class YamlObject
{
    private readonly Dictionary<string, SourceSpan> _fieldSpans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<SourceSpan>> _itemSpans = new(StringComparer.Ordinal);

    /// <summary>Where the mapping that produced this object starts.</summary>
    [JsonIgnore]
    public SourceSpan Span { get; internal set; } = SourceSpan.None;

    /// <summary>Where the value of a field (by its C# property name) was written; the object's span if absent.</summary>
    public SourceSpan SpanOf(string propertyName) =>
        _fieldSpans.TryGetValue(propertyName, out var span) ? span : Span;

    /// <summary>True when the file wrote the field, even with an empty or invalid value.</summary>
    public bool HasField(string propertyName) => _fieldSpans.ContainsKey(propertyName);

    /// <summary>
    /// Where the item at <paramref name="index"/> of a list field was written, so a mistake in the fourth item
    /// points at the fourth item; the field's span when unknown. The index is into the bound list: items
    /// dropped as invalid while binding have no index, so later items keep their own positions.
    /// </summary>
    public SourceSpan SpanOfItem(string propertyName, int index) =>
        _itemSpans.TryGetValue(propertyName, out var spans) && index >= 0 && index < spans.Count ? spans[index] : SpanOf(propertyName);

    internal void SetFieldSpan(string propertyName, SourceSpan span) => _fieldSpans[propertyName] = span;

    internal void SetItemSpans(string propertyName, IReadOnlyList<SourceSpan> spans) => _itemSpans[propertyName] = spans;
}
