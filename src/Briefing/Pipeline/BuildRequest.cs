namespace Briefing.Pipeline;

/// <summary>Which products a build makes and how.</summary>
internal sealed record BuildRequest(bool Site, bool Pdf, string Paper)
{
    public static readonly BuildRequest Everything = new(Site: true, Pdf: true, Paper: "a4");
}
