using System.Text;

namespace Briefing.Core.Text;

/// <summary>
/// Text from content (keys, ids, file names) made safe to print on a terminal: control
/// characters are shown as escapes, so a file named with an escape sequence cannot clear the
/// screen, set the window title or forge a line of output.
/// </summary>
public static class Printable
{
    /// <summary>The text with every C0 and C1 control character and DEL written as <c>\xNN</c>.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                escaped.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    // C0 (including ESC, BEL, CR, LF and TAB), DEL, and C1 (which holds CSI, U+009B, and OSC, U+009D).
    private static bool IsControl(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F';
}
