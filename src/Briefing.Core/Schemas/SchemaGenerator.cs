using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Schemas;

/// <summary>
/// JSON Schemas for the content files, generated from the same document classes the binder
/// uses, so VS Code's YAML extension flags exactly what `check` flags while the analyst types.
/// </summary>
public static class SchemaGenerator
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        WriteIndented = true,
        // Patterns and descriptions stay readable ('+', '<', quotes) rather than \u-escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema text of one file kind, with a trailing newline, stable byte for byte.</summary>
    public static string Generate(ContentKind kind)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = AddFormats,
        };
        var schema = Options.GetJsonSchemaAsNode(kind.DocumentType, exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Briefing {kind.SchemaName} file",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }

    private static void AllowInteger(JsonObject node)
    {
        var types = node["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        types.Insert(1, "integer");
        node["type"] = new JsonArray([.. types.Select(t => (JsonNode)JsonValue.Create(t))]);
    }

    /// <summary>Adds each field's pattern and description; lets empty values through as YAML does.</summary>
    private static JsonNode AddFormats(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo?.AttributeProvider is not MemberInfo member || schema is not JsonObject node)
        {
            return schema;
        }

        if (member.GetCustomAttribute<FormatAttribute>() is { } format && FormatCheck.SchemaPattern(format.Format) is { } pattern)
        {
            // On a list of ids the pattern belongs to the items.
            var target = node["items"] as JsonObject ?? node;
            target["pattern"] = pattern;
            if (format.Format is ValueFormat.PartialDate or ValueFormat.HistoryDate or ValueFormat.Period)
            {
                // YAML reads an unquoted year (period: 2022) as a number; the binder accepts it, so must the schema.
                AllowInteger(target);
            }
        }

        if (member.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>() is { } description && node["description"] is null)
        {
            node["description"] = description.Description;
        }

        return node;
    }
}
