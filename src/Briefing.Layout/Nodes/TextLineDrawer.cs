using Briefing.Layout.Canvas;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>Draws one line: its fragments on the baseline, underlines, link areas and run anchors.</summary>
internal static class TextLineDrawer
{
    public static void Draw(DrawContext context, TextLine line, double x, double top)
    {
        var baseline = top + line.Ascent;
        var links = new SpanJoiner<LinkTarget>((target, from, to) => context.Link(new Rect(from, top, to - from, line.Height), target));
        var underlines = new SpanJoiner<TextPiece>((sample, from, to) =>
        {
            var y = baseline + sample.BaselineShift + (sample.DrawSize * 0.12);
            context.Line(new Point(from, y), new Point(to, y), new Stroke(sample.Style.Color, sample.DrawSize * 0.06));
        });

        foreach (var fragment in line.Fragments)
        {
            var sample = fragment.Sample;
            var left = x + fragment.X;
            if (sample.Anchor is { } anchor)
            {
                context.Anchor(anchor, top);
            }

            context.Text(fragment.Text, fragment.Face, sample.DrawSize, sample.Style.Color, new Point(left, baseline + sample.BaselineShift));

            // Words of one run that justification drew apart still get one underline and one clickable area.
            underlines.Add(sample.Style.Underline ? sample : null, left, left + fragment.Width, (a, b) => ReferenceEquals(a.Style, b.Style));
            links.Add(fragment.Link, left, left + fragment.Width, ReferenceEquals);
        }

        underlines.Flush();
        links.Flush();
    }

    /// <summary>Joins neighbouring horizontal spans that belong together, and emits each joined span once.</summary>
    private sealed class SpanJoiner<T>(Action<T, double, double> emit)
        where T : class
    {
        private T? _open;
        private double _from;
        private double _to;

        public void Add(T? item, double from, double to, Func<T, T, bool> belongTogether)
        {
            if (item is not null && _open is not null && belongTogether(_open, item))
            {
                _to = to;
                return;
            }

            Flush();
            (_open, _from, _to) = (item, from, to);
        }

        public void Flush()
        {
            if (_open is not null)
            {
                emit(_open, _from, _to);
            }

            _open = null;
        }
    }
}
