using Briefing.Layout.Canvas;
using Briefing.Pdf.Components;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

public sealed class SourceListTests
{
    [Fact]
    public void Web_addresses_become_links_and_other_schemes_do_not()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [SourceList.Create(c)]);

        var uris = canvas.Commands.OfType<LinkAdded>().Where(l => l.Destination.IsExternal).Select(l => l.Destination.Uri).ToList();
        Assert.Equal(["https://example.com/wire"], uris);
        Assert.Contains("Acme press release", Harness.AllText(canvas), StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_carry_number_kind_authors_and_notes()
    {
        var model = TestModels.Small();
        var (layout, canvas) = Harness.Draw(model, c => [SourceList.Create(c)]);

        var text = Harness.AllText(canvas);
        Assert.Contains("[1] Wire report on Acme", text, StringComparison.Ordinal);
        Assert.Contains("[2] Acme press release", text, StringComparison.Ordinal);
        Assert.Contains("Acme Corp · Press Office · Press release", text, StringComparison.Ordinal);
        Assert.Contains("Notes on the wire.", text, StringComparison.Ordinal);
        Assert.Contains("Not cited in this edition.", text, StringComparison.Ordinal);
        Assert.True(layout.AnchorPages.ContainsKey("source-1"));
    }
}
