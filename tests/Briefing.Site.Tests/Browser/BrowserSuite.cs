namespace Briefing.Site.Tests.Browser;

/// <summary>
/// Every class that drives the browser belongs here, so xunit makes one <see cref="BrowserFixture"/> (one
/// Chromium) for the run and disposes it at the end. The classes then run one after another, which the one
/// page they share needs anyway.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
