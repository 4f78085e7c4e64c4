using Briefing.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Core.Loading.Yaml;

/// <summary>
/// Reads one YAML file into a <see cref="YamlNode"/> tree, reporting every problem as a
/// diagnostic. It pulls YamlDotNet's parser events one at a time and builds the tree with an
/// explicit stack, so depth is checked before YamlDotNet or we could ever recurse on it.
/// </summary>
public sealed partial class YamlReader(YamlLimits limits)
{
    /// <summary>Reads a document; null when the file could not be read into a tree.</summary>
    public YamlNode? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var byteCount = System.Text.Encoding.UTF8.GetByteCount(text);
        if (byteCount > limits.MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceSpan(file, 1, 1),
                $"the file is {byteCount:N0} bytes; content files may be at most {limits.MaxFileBytes:N0} bytes",
                "split it into several files, one entity per file");
            return null;
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            return ReadStream(file, text.Split('\n'), parser, diagnostics);
        }
        catch (YamlException e)
        {
            var message = Describe(e);
            var span = SpanOf(file, e.Start);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is var (line, column))
            {
                // YamlDotNet reports a tab where its scanner gave up (often line 1); the tab itself is what to fix.
                span = new SourceSpan(file, line, column);
            }

            diagnostics.Error(DiagnosticCodes.YamlSyntax, span, message, HintFor(message, LineAt(text, span.Line)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed flow collections (YAML test
            // suite case 9C9N) instead of a YamlException; the last event read is the best place we know.
            var mark = parser.Current?.End ?? new Mark(0, 1, 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, SpanOf(file, mark),
                "YAML syntax: malformed collection after this point", SyntaxHint);
            return null;
        }
    }

    private YamlNode? ReadStream(string file, string[] lines, Parser parser, DiagnosticBag diagnostics)
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            diagnostics.Error(DiagnosticCodes.EmptyDocument, new SourceSpan(file, 1, 1),
                "the file is empty", "start from a skeleton: dotnet run --project src/Briefing -- new <kind> <id>");
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = ReadDocument(file, lines, parser, diagnostics);
        if (root is null)
        {
            // Reported already; after a depth error the parser stands mid-document.
            return null;
        }

        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
        {
            diagnostics.Error(DiagnosticCodes.EmptyDocument, SpanOf(file, second.Start),
                "the file holds more than one YAML document ('---')", "put one entity in each file");
            return null;
        }

        return root;
    }

    /// <summary>The likeliest fix for the mistakes analysts make most, judged from the message and the line.</summary>
    private static string HintFor(string message, string line) =>
        message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? "indent with spaces: YAML does not allow tabs for indentation"
        : message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) ? "a quote is opened but never closed; close it on the same value"
        : KeyWithoutSpace().Match(line) is { Success: true } key ? $"put a space after the colon: '{key.Groups[1].Value}: {key.Groups[2].Value}'"
        : message.Contains("mapping", StringComparison.OrdinalIgnoreCase) ? "text containing ': ' must be quoted, e.g. statement: \"BJEV sold: 26,127\"; also check indentation"
        : SyntaxHint;

    /// <summary>A key glued to its value, as in <c>unit:units</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:-\s+)?([A-Za-z][A-Za-z0-9]*):([^\s:/][^\s]*)")]
    private static partial System.Text.RegularExpressions.Regex KeyWithoutSpace();

    /// <summary>Line and column (1-based) of the first tab in a line's indentation, if any.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string LineAt(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }

    private const string SyntaxHint = "check indentation, colons after keys, and quotes around text containing ': ' or '#'";

    private static SourceSpan SpanOf(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position; we print the position ourselves.
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        var inner = e.InnerException is YamlException innerYaml ? Describe(innerYaml) : null;
        return inner is null ? $"YAML syntax: {message}" : $"YAML syntax: {message} ({inner})";
    }
}
