using System.Globalization;
using HandlebarsDotNet;

namespace Briefing.Site.Templates.Helpers;

/// <summary>Typed access to helper arguments, with messages that name the helper.</summary>
internal static class HelperArguments
{
    public static void Expect(string helper, in Arguments arguments, int min, int max)
    {
        if (arguments.Length < min || arguments.Length > max)
        {
            var count = min == max ? $"{min}" : $"{min} to {max}";
            throw new HandlebarsRuntimeException($"{{{{{helper}}}}} takes {count} argument(s), got {arguments.Length}.");
        }
    }

    public static T Get<T>(string helper, in Arguments arguments, int index)
        where T : class =>
        arguments[index] as T
        ?? throw new HandlebarsRuntimeException(
            $"{{{{{helper}}}}} argument {index + 1} must be a {typeof(T).Name}, got {Describe(arguments[index])}.");

    public static T? GetOptional<T>(in Arguments arguments, int index)
        where T : class =>
        index < arguments.Length ? arguments[index] as T : null;

    public static decimal Number(string helper, in Arguments arguments, int index) => arguments[index] switch
    {
        decimal d => d,
        int or long or double or float or short or byte => Convert.ToDecimal(arguments[index], CultureInfo.InvariantCulture),
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw new HandlebarsRuntimeException(
            $"{{{{{helper}}}}} argument {index + 1} must be a number, got {Describe(other)}."),
    };

    public static string Text(in Arguments arguments, int index) =>
        arguments[index]?.ToString() ?? "";

    private static string Describe(object? value) => value is null ? "nothing (null)" : value.GetType().Name;
}
