using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Validation;

public sealed class ImagesComeFromTheSiteTests
{
    [Fact]
    public void An_image_from_another_host_is_a_warning_at_its_place_and_a_site_image_is_not()
    {
        using var fixture = new ContentFixture().With("sources/report.yaml", """
            id: report
            title: A news report
            published: 2023-03
            publishedInferred: The article mentions March events.
            language: en
            kind: news-report
            notes: "See ![chart](assets/chart.png) and ![pixel](https:evil.example/p.png)."
            """);

        var warning = Assert.Single(fixture.Codes(DiagnosticCodes.RemoteImage));

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("report.yaml", warning.Span.File, StringComparison.Ordinal);
        Assert.Equal(7, warning.Span.Line);
        Assert.True(warning.Span.Column > 40, $"column {warning.Span.Column} should point at the image, not the field");
        Assert.Contains("https:evil.example/p.png", warning.Message, StringComparison.Ordinal);
    }
}
