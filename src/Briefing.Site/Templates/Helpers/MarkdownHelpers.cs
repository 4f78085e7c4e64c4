using Briefing.Site.Text;
using HandlebarsDotNet;

namespace Briefing.Site.Templates.Helpers;

/// <summary>
/// <c>{{markdown text}}</c> renders a Markdown field as block HTML; <c>{{markdownInline text}}</c>
/// as inline HTML for sentences and table cells. Both through <see cref="SafeMarkdown"/>:
/// raw HTML is text and disallowed links lose their target.
/// </summary>
internal static class MarkdownHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("markdown", (writer, _, arguments) =>
        {
            HelperArguments.Expect("markdown", arguments, 1, 1);
            writer.WriteSafeString(SafeMarkdown.ToHtml(arguments[0] as string));
        });

        handlebars.RegisterHelper("markdownInline", (writer, _, arguments) =>
        {
            HelperArguments.Expect("markdownInline", arguments, 1, 1);
            writer.WriteSafeString(SafeMarkdown.ToInlineHtml(arguments[0] as string));
        });
    }
}
