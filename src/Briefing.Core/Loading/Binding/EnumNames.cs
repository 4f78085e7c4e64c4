using System.Text.Json;

namespace Briefing.Core.Loading.Binding;

/// <summary>Enum values as content files write them: kebab-case, like the JSON Schema.</summary>
public static class EnumNames
{
    public static string ToYaml<TEnum>(TEnum value) where TEnum : struct, Enum => ToYaml(value.ToString());

    public static string ToYaml(string memberName) => JsonNamingPolicy.KebabCaseLower.ConvertName(memberName);

    /// <summary>All YAML spellings of an enum type, in declaration order.</summary>
    public static IReadOnlyList<string> All(Type enumType) => [.. Enum.GetNames(enumType).Select(ToYaml)];

    public static bool TryParse(Type enumType, string text, out object? value)
    {
        foreach (var name in Enum.GetNames(enumType))
        {
            if (ToYaml(name) == text)
            {
                value = Enum.Parse(enumType, name);
                return true;
            }
        }

        value = null;
        return false;
    }
}
