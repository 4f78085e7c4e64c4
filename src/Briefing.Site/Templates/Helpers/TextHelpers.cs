using Briefing.Core.Model;
using Briefing.Site.Text;
using HandlebarsDotNet;

namespace Briefing.Site.Templates.Helpers;

/// <summary>
/// Words: <c>{{plural count "fact" "facts"}}</c> "1 fact", "12 facts";
/// <c>{{humanize value}}</c> an enum in readers' words, "Strategic cooperation agreement".
/// </summary>
internal static class TextHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("plural", (writer, _, arguments) =>
        {
            HelperArguments.Expect("plural", arguments, 3, 3);
            var count = HelperArguments.Number("plural", arguments, 0);
            var word = count == 1 ? HelperArguments.Text(arguments, 1) : HelperArguments.Text(arguments, 2);
            writer.Write($"{FigureText.Number(count)} {word}");
        });

        handlebars.RegisterHelper("humanize", (writer, _, arguments) =>
        {
            HelperArguments.Expect("humanize", arguments, 1, 1);
            var value = arguments[0] as Enum ?? throw new HandlebarsRuntimeException("{{humanize}} needs an enum value.");
            writer.Write(EnumLabels.Label(value));
        });
    }
}
