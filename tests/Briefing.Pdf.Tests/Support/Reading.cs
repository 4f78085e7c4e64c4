using System.Text;
using Briefing.Layout.Canvas;

namespace Briefing.Pdf.Tests.Support;

/// <summary>
/// Reads drawn text back as lines a person would see: pieces whose baselines are within a few points
/// (a superscript marker and its word) form one line, joined left to right with a space where there is a gap.
/// </summary>
internal static class Reading
{
    private const double SameLine = 4.5;

    public static IReadOnlyList<string> Lines(IEnumerable<TextDrawn> texts)
    {
        var lines = new List<List<TextDrawn>>();
        foreach (var text in texts.OrderBy(t => t.Page).ThenBy(t => t.Y).ThenBy(t => t.X))
        {
            if (lines.Count > 0 && lines[^1][0].Page == text.Page && text.Y - lines[^1].Max(t => t.Y) < SameLine)
            {
                lines[^1].Add(text);
            }
            else
            {
                lines.Add([text]);
            }
        }

        return [.. lines.Select(l => Normalise.Collapse(Join(l.OrderBy(t => t.X))))];
    }

    /// <summary>The text of a page, or of the part of it <paramref name="where"/> selects (a column).</summary>
    public static string Page(RecordingCanvas canvas, int page, Func<TextDrawn, bool>? where = null) =>
        string.Join("\n", Lines(canvas.Texts.Where(t => t.Page == page && (where is null || where(t)))));

    private static string Join(IEnumerable<TextDrawn> pieces)
    {
        var builder = new StringBuilder();
        TextDrawn? previous = null;
        foreach (var piece in pieces)
        {
            if (previous is not null && piece.X - (previous.X + previous.Width) > Math.Min(piece.Size, previous.Size) * 0.15)
            {
                builder.Append(' ');
            }

            builder.Append(piece.Text);
            previous = piece;
        }

        return builder.ToString();
    }
}
