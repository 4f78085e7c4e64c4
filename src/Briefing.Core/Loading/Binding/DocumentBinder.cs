using System.Collections;
using System.Globalization;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Loading.Yaml;

namespace Briefing.Core.Loading.Binding;

/// <summary>
/// Binds a YAML tree onto a document class, reporting every type error, missing field,
/// unknown key and bad format it meets instead of stopping at the first. Positions go onto
/// the objects so later rules can point at the exact value. <paramref name="knownIds"/> (every entity's id,
/// known from the file names) lets a malformed reference such as <c>BJEV</c> suggest the id it meant.
/// </summary>
public sealed class DocumentBinder(DiagnosticBag diagnostics, IReadOnlyCollection<string>? knownIds = null)
{
    /// <summary>Binds the root mapping of a file; null when the root is not a mapping.</summary>
    public T? Bind<T>(YamlNode root) where T : YamlObject => (T?)BindObject(typeof(T), root);

    private YamlObject? BindObject(Type type, YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Span,
                $"expected a mapping of fields (key: value lines), found {Describe(node)}",
                $"fields here: {string.Join(", ", BindableProperty.Of(type).Select(p => p.Key))}");
            return null;
        }

        var target = (YamlObject)Activator.CreateInstance(type)!;
        target.Span = mapping.Span;
        var properties = BindableProperty.Of(type);
        var byKey = properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var misspelt = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (key, value) in mapping.Entries)
        {
            if (!byKey.TryGetValue(key.Value, out var property))
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, key.Span, $"unknown key '{key.Value}' in {Noun(type)}",
                    Suggestions.Hint(key.Value, [.. byKey.Keys], "the keys here are"));
                misspelt.UnionWith(Suggestions.Closest(key.Value, byKey.Keys));
                continue;
            }

            target.SetFieldSpan(property.Info.Name, value.Span);
            present.Add(property.Key);
            if (value is YamlScalar { IsNull: true })
            {
                if (property.Required)
                {
                    diagnostics.Error(DiagnosticCodes.MissingField, value.Span,
                        $"required field '{property.Key}' is empty", $"give '{property.Key}' a value");
                }

                continue;
            }

            // A bad value is reported where it is and left unset; it is not also "missing".
            var itemSpans = new List<SourceSpan>();
            var bound = BindValue(property.Info.PropertyType, value, property, itemSpans);
            if (bound is not null)
            {
                property.Info.SetValue(target, bound);
                if (bound is IList)
                {
                    target.SetItemSpans(property.Info.Name, itemSpans);
                }
            }
        }

        // 'titel:' is one mistake: its "did you mean 'title'?" already says what is missing.
        foreach (var missing in properties.Where(p => p.Required && !present.Contains(p.Key) && !misspelt.Contains(p.Key)))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, mapping.Span,
                $"{Noun(type)} is missing required field '{missing.Key}'", $"add '{missing.Key}:' with a value");
        }

        return target;
    }

    /// <summary>Binds one value; <paramref name="itemSpans"/>, for a list, receives the position of each item bound, in order.</summary>
    private object? BindValue(Type type, YamlNode node, BindableProperty property, List<SourceSpan>? itemSpans = null)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(YamlObject).IsAssignableFrom(underlying))
        {
            return BindObject(underlying, node);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(underlying, node, property, itemSpans);
        }

        if (node is not YamlScalar scalar)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Span,
                $"'{property.Key}' expects {Expected(underlying)}, found {Describe(node)}");
            return null;
        }

        return BindScalar(underlying, scalar, property);
    }

    private IList? BindList(Type listType, YamlNode node, BindableProperty property, List<SourceSpan>? itemSpans)
    {
        if (node is not YamlSequence sequence)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Span,
                $"'{property.Key}' expects a list, found {Describe(node)}", "write each item on its own line starting with '- '");
            return null;
        }

        var itemType = listType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: true })
            {
                diagnostics.Error(DiagnosticCodes.MissingField, item.Span, $"an item of '{property.Key}' is empty");
                continue;
            }

            var bound = BindValue(itemType, item, property);
            if (bound is not null)
            {
                list.Add(bound);
                itemSpans?.Add(item.Span);
            }
        }

        return list;
    }

    private object? BindScalar(Type type, YamlScalar scalar, BindableProperty property)
    {
        if (type == typeof(string))
        {
            return CheckFormat(scalar, property) && FieldLimits.CheckLength(scalar, property, diagnostics) ? scalar.Value : null;
        }

        if (type == typeof(decimal))
        {
            if (scalar.IsPlain && decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var number))
            {
                return FieldLimits.CheckNumber(scalar, number, property, diagnostics) ? number : null;
            }

            diagnostics.Error(DiagnosticCodes.WrongType, scalar.Span, $"'{property.Key}' expects a number, found '{scalar.Value}'",
                "write digits with an optional '.' and no thousands separators or units, e.g. 50179 or 92.06");
            return null;
        }

        if (type.IsEnum)
        {
            if (EnumNames.TryParse(type, scalar.Value, out var value))
            {
                return value;
            }

            diagnostics.Error(DiagnosticCodes.UnknownValue, scalar.Span, $"'{scalar.Value}' is not a valid {property.Key}",
                Suggestions.Hint(scalar.Value, EnumNames.All(type), "allowed values"));
            return null;
        }

        throw new NotSupportedException($"document property type {type} has no YAML binding");
    }

    private bool CheckFormat(YamlScalar scalar, BindableProperty property)
    {
        if (property.Format is not { } format || FormatCheck.IsValid(format, scalar.Value))
        {
            return true;
        }

        var closest = format == ValueFormat.Id && property.Key != "id" && knownIds is not null
            ? Suggestions.Closest(scalar.Value, knownIds)
            : [];
        diagnostics.Error(DiagnosticCodes.BadFormat, scalar.Span, $"'{scalar.Value}' is not valid for '{property.Key}'",
            closest.Count > 0
                ? $"{Suggestions.DidYouMean(closest)} Ids are lowercase words joined by hyphens"
                : $"expected {FormatCheck.Expected(format)}");
        return false;
    }

    private static string Expected(Type type) =>
        type == typeof(decimal) ? "a number"
        : type.IsEnum ? $"one of: {string.Join(", ", EnumNames.All(type))}"
        : "text";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar s => $"'{Truncate(s.Value)}'",
        _ => "something else",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>"source", "citation", "figure entry": how messages name a document type.</summary>
    private static string Noun(Type type)
    {
        var name = type.Name.Replace("Document", "", StringComparison.Ordinal).Replace("Entry", "", StringComparison.Ordinal);
        return EnumNames.ToYaml(name).Replace('-', ' ');
    }
}
