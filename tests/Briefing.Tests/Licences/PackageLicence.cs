namespace Briefing.Tests.Licences;

/// <summary>One restored package and the licence its .nuspec declares (an SPDX expression or a URL; null if none).</summary>
internal sealed record PackageLicence(string Id, string Version, string? Licence, string Project)
{
    public override string ToString() => $"{Id} {Version} ({Licence ?? "no licence declared"}), used by {Project}";
}
