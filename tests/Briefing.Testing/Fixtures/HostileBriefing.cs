using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

/// <summary>
/// A briefing whose every text and URL field carries an attack: script tags, attribute
/// break-outs, event handlers, javascript: and data: links in Markdown and in URL fields, and a
/// theme that tries to smuggle CSS. Each payload sets <c>window.pwned</c> if it ever runs.
/// </summary>
public static class HostileBriefing
{
    public const string Script = "<script>window.pwned=1</script>";
    public const string Breakout = "\" onmouseover=\"window.pwned=1\" x=\"";
    public const string SingleBreakout = "' onfocus='window.pwned=1' autofocus='";
    public const string Image = "<img src=x onerror=\"window.pwned=1\">";
    public const string JavaScriptUrl = "javascript:window.pwned=1";

    /// <summary>For plain-text fields.</summary>
    public const string Text = "Hostile " + Script + Breakout + SingleBreakout + Image + " " + JavaScriptUrl;

    /// <summary>For Markdown fields: the plain payloads plus every kind of link Markdown can make.</summary>
    public const string Markdown = Text
        + " [click](javascript:window.pwned=1) [case](JaVaScRiPt:window.pwned=1) [tab](java&#9;script:window.pwned=1)"
        + " [data](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==)"
        + " <javascript:window.pwned=1> ![pic](javascript:window.pwned=1) ![remote](https://evil.example/p.png)"
        + " [ref][bad] [fine](https://example.com/ok)\n\n[bad]: javascript:window.pwned=1\n\n<div onclick=\"window.pwned=1\">raw</div>";

    public static BriefingModel Create()
    {
        var cite = new Citation("hostile-source", Text);
        var info = new BriefingInfo(Text, Text, new PartialDate(2025, 3), Text, [Text], "en\" onload=\"window.pwned=1",
            Markdown, [new Point(Markdown, ["hostile-figure-early"])], ["hostile-figure-early"],
            [new Point(Markdown, ["hostile-statement"])], [new Point(Markdown, ["hostile-statement"])], Markdown,
            new Theme("#fff;} body{background:url(https://evil.example/x)}", "red", "Inter\"; } * { background: url(https://evil.example/f) } \"", "</style><script>window.pwned=1</script>"),
            [SectionKind.Cover]);

        Source[] sources =
        [
            new("hostile-source", Text, Text, [Text], new PartialDate(2024, 5), Text, JavaScriptUrl, "zh\" onclick=\"window.pwned=1",
                SourceKind.NewsReport, Text, Markdown),
            new("hostile-source-two", Text, null, [], new PartialDate(2024), null, "data:text/html,<script>window.pwned=1</script>", "en",
                SourceKind.Republication, null, null),
        ];
        Company[] companies =
        [
            new("hostile-parent", Text, Text, [Text], null, [], Text, [CompanyRole.Other], Markdown, [cite], [new Person(Text, Text, [cite])]),
            new("hostile-child", Text, null, [], "hostile-parent", [cite], null, [CompanyRole.Automaker], null, [], []),
        ];
        Deal[] deals =
        [
            new("hostile-deal", Text, DealKind.JointVenture, [new Party("hostile-parent", Text), new Party("hostile-child", Text)],
                [new StatusStep(DealStatus.Announced, new PartialDate(2024, 5, 1), Text, [cite])],
                new Signing(new PartialDate(2024, 5, 1), Text), Text, [Text], Markdown, [cite], []),
        ];
        Fact[] facts =
        [
            Figure("hostile-figure-early", Text + " early"),
            Figure("hostile-figure-late", Text + " late"),
            new("hostile-statement", Markdown, null, [cite, new Citation("hostile-source-two")], ["hostile-parent"], ["hostile-deal"]),
        ];
        TimelineEvent[] events =
        [
            new("hostile-event", new PartialDate(2024, 5), Text, Markdown, ["hostile-deal"], ["hostile-child"], ["hostile-statement"], [cite]),
        ];
        Chart[] charts =
        [
            new("hostile-chart", Text, Text, ChartKind.Bar, [new ChartBar("hostile-figure-early", Text), new ChartBar("hostile-figure-late", Text)]),
        ];
        return new BriefingModel(info, sources, companies, deals, facts, events, charts);
    }

    private static Fact Figure(string id, string timeOfDay) => new(
        id,
        Markdown,
        new Figure(Text, "hostile-parent", Text, Text, 12.5m, null, Text, Qualifier.About, null, new PartialDate(2024, 5, 1), timeOfDay, null, null),
        [new Citation("hostile-source", Text)],
        ["hostile-parent", "hostile-child"],
        ["hostile-deal"]);
}
