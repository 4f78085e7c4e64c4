using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Loading.Binding;

/// <summary>A document property as YAML sees it: its key, whether it is required, and its format.</summary>
internal sealed record BindableProperty(PropertyInfo Info, string Key, bool Required, ValueFormat? Format)
{
    private static readonly Dictionary<Type, IReadOnlyList<BindableProperty>> Cache = [];
    private static readonly Lock CacheLock = new();

    /// <summary>The YAML keys of a document type, camelCase like the JSON Schema.</summary>
    public static IReadOnlyList<BindableProperty> Of(Type type)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(type, out var properties))
            {
                properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                    .Select(p => new BindableProperty(
                        p,
                        JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                        p.GetCustomAttribute<JsonRequiredAttribute>() is not null,
                        p.GetCustomAttribute<FormatAttribute>()?.Format))];
                Cache[type] = properties;
            }

            return properties;
        }
    }
}
