using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Blocks;

public sealed class HorizontalRuleTests
{
    [Fact]
    public void A_rule_spans_the_body_width_between_the_blocks_around_it_with_its_stroke()
    {
        var stroke = new Stroke(new Color(200, 16, 46), 1.5);
        var document = TestDocuments.Create()
            .Add(new Paragraph("above"))
            .Add(new HorizontalRule { Stroke = stroke })
            .Add(new Paragraph("below"));
        var template = new PageTemplate();

        var (_, canvas) = TestDocuments.Draw(document);

        var rule = Assert.Single(canvas.Commands.OfType<LineDrawn>());
        Assert.Equal(stroke, rule.Stroke);
        Assert.Equal(rule.From.Y, rule.To.Y, 3);
        Assert.Equal(template.Margins.Left, rule.From.X, 3);
        Assert.Equal(template.Margins.Left + template.BodyWidth, rule.To.X, 3);
        var above = canvas.Texts.Single(t => t.Text == "above");
        var below = canvas.Texts.Single(t => t.Text == "below");
        Assert.True(above.Y < rule.From.Y && rule.From.Y < below.Y, $"rule at {rule.From.Y}, text at {above.Y} and {below.Y}");
    }
}
