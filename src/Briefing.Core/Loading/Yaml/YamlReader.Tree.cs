using Briefing.Core.Diagnostics;
using Briefing.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Core.Loading.Yaml;

public sealed partial class YamlReader
{
    /// <summary>A collection being filled: its start and the children read so far.</summary>
    private sealed class OpenCollection(SourceSpan span, bool isMapping)
    {
        public SourceSpan Span { get; } = span;
        public bool IsMapping { get; } = isMapping;
        public List<YamlNode> Children { get; } = [];
    }

    private YamlNode? ReadDocument(string file, string[] lines, Parser parser, DiagnosticBag diagnostics)
    {
        var stack = new Stack<OpenCollection>();
        YamlNode? root = null;
        var failed = false;

        while (root is null)
        {
            var current = parser.Current ?? throw new InvalidOperationException("parser ended inside a document");
            parser.MoveNext();
            var span = SpanOf(file, current.Start);
            YamlNode? finished = null;

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                diagnostics.Error(DiagnosticCodes.AnchorsNotAllowed, span,
                    $"anchor '&{anchored.Anchor.Value}' is not supported", "remove the anchor; write repeated values out in full");
                failed = true;
            }

            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                // A tag would silently change what a value means (!!binary, !!python/object, a custom !tag): refuse all.
                diagnostics.Error(DiagnosticCodes.TagsNotAllowed, span,
                    $"the YAML tag '{Printable.Escape(tagged.Tag.Value)}' is not supported", "remove the tag; write the value as plain text, a number, a list or a mapping");
                failed = true;
            }

            switch (current)
            {
                case AnchorAlias alias:
                    diagnostics.Error(DiagnosticCodes.AnchorsNotAllowed, span,
                        $"alias '*{alias.Value}' is not supported", "write the value out in full instead of referring to an anchor");
                    failed = true;
                    finished = new YamlScalar(span, "", IsPlain: true);
                    break;
                case Scalar scalar:
                    finished = new YamlScalar(span, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
                    break;
                case MappingStart or SequenceStart:
                    if (stack.Count >= limits.MaxDepth)
                    {
                        diagnostics.Error(DiagnosticCodes.TooDeep, span,
                            $"the document nests deeper than {limits.MaxDepth} levels", "content files need only a few levels of nesting");
                        return null;
                    }

                    stack.Push(new OpenCollection(span, current is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    var open = stack.Pop();
                    finished = open.IsMapping
                        ? BuildMapping(open, lines, diagnostics, ref failed)
                        : new YamlSequence(open.Span, open.Children);
                    break;
            }

            if (finished is null)
            {
                continue;
            }

            if (stack.Count == 0)
            {
                root = finished;
            }
            else
            {
                stack.Peek().Children.Add(finished);
            }
        }

        return failed ? null : root;
    }

    private static YamlMapping BuildMapping(OpenCollection open, string[] lines, DiagnosticBag diagnostics, ref bool failed)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < open.Children.Count; i += 2)
        {
            var keyNode = open.Children[i];
            var value = open.Children[i + 1];
            if (keyNode is not YamlScalar key)
            {
                diagnostics.Error(DiagnosticCodes.ComplexKey, keyNode.Span,
                    "a key must be plain text, not a list or mapping", "write keys as 'name: value'");
                failed = true;
                continue;
            }

            if (key.IsPlain && key.Value == "<<")
            {
                diagnostics.Error(DiagnosticCodes.AnchorsNotAllowed, key.Span,
                    "merge keys ('<<') are not supported", "write the merged fields out in full");
                failed = true;
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, key.Span,
                    $"key '{key.Value}' appears twice in this mapping (first at line {first.Line}, column {first.Column})",
                    "remove one of them; YAML keeps only one value per key");
                continue;
            }

            seen[key.Value] = key.Span;
            entries.Add(new(key, CommentedValue.Recover(key, value, lines, diagnostics)));
        }

        return new YamlMapping(open.Span, entries);
    }
}
