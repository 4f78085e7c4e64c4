namespace Briefing.Tests.Licences;

/// <summary>
/// Briefing is MIT-licensed, so every package its shipped projects (src/) use at run time, transitively,
/// must be under a permissive licence. Test-only packages (xunit, AngleSharp, ...) do not ship and do not count.
/// </summary>
public sealed class RuntimeDependenciesArePermissive : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("briefing-licences-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Every_restored_runtime_package_of_every_src_project_has_a_permissive_licence()
    {
        var projects = Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.csproj", SearchOption.AllDirectories);
        var assets = projects.Select(p => Path.Combine(Path.GetDirectoryName(p)!, "obj", "project.assets.json")).ToList();
        Assert.All(assets, a => Assert.True(File.Exists(a), $"{a} is missing: restore the solution first"));

        var packages = assets.SelectMany(LicenceAudit.RuntimePackages).ToList();
        var problems = packages.Select(p => (Package: p, Problem: LicenceAudit.Problem(p.Licence))).Where(p => p.Problem is not null).ToList();

        // The audit read real graphs: the PDF backend and its own dependencies are among them.
        Assert.Contains(packages, p => p.Id == "PDFsharp" && p.Project == "Briefing.Layout.PdfSharp");
        Assert.Contains(packages, p => p.Id == "System.Security.Cryptography.Pkcs");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Package} {p.Problem}")));
    }

    [Fact]
    public void A_package_claiming_the_agpl_fails_the_audit()
    {
        var packages = Path.Combine(_scratch, "packages") + Path.DirectorySeparatorChar;
        var folder = Directory.CreateDirectory(Path.Combine(packages, "fake.pdf", "9.9.9")).FullName;
        File.WriteAllText(Path.Combine(folder, "fake.pdf.nuspec"), """
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata><id>Fake.Pdf</id><version>9.9.9</version><license type="expression">AGPL-3.0-only</license></metadata>
            </package>
            """);
        var assets = Path.Combine(Directory.CreateDirectory(Path.Combine(_scratch, "Shipped", "obj")).FullName, "project.assets.json");
        File.WriteAllText(assets, $$"""
            {
              "targets": { "net10.0": { "Fake.Pdf/9.9.9": { "type": "package" }, "Briefing.Layout/1.0.0": { "type": "project" } } },
              "packageFolders": { {{System.Text.Json.JsonSerializer.Serialize(packages)}}: {} }
            }
            """);

        var package = Assert.Single(LicenceAudit.RuntimePackages(assets));

        Assert.Equal(("Fake.Pdf", "9.9.9", "AGPL-3.0-only", "Shipped"), (package.Id, package.Version, package.Licence, package.Project));
        Assert.Equal("is copyleft (AGPL-3.0-only)", LicenceAudit.Problem(package.Licence));
    }

    [Theory]
    [InlineData("MIT", null)]
    [InlineData("BSD-2-Clause", null)] // Markdig, and Scriban.Signed
    [InlineData("Apache-2.0 OR GPL-2.0-only", null)] // a choice: we take Apache
    [InlineData("https://licenses.nuget.org/MIT", null)]
    [InlineData("MIT AND LGPL-2.1-or-later", "is copyleft (LGPL-2.1-or-later)")]
    [InlineData("GPL-2.0-or-later WITH Classpath-exception-2.0", "is copyleft (GPL-2.0-or-later)")]
    [InlineData("MPL-2.0", "is copyleft (MPL-2.0)")]
    [InlineData("SSPL-1.0", "is copyleft (SSPL-1.0)")]
    [InlineData("WTFPL", "has a licence not on the allow-list (WTFPL)")]
    [InlineData("https://example.com/our-licence.html", "names its licence only by a URL not on the allow-list")]
    [InlineData(null, "declares no licence")]
    public void Licences_are_judged_by_an_explicit_allow_list(string? licence, string? problem) =>
        Assert.Equal(problem, LicenceAudit.Problem(licence));
}
