using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Briefing.Tests.Licences;

/// <summary>
/// Reads which packages a project's build really uses (obj/project.assets.json lists the whole transitive
/// graph restore resolved, per target framework) and what licence each declares in its .nuspec in the
/// NuGet packages folder, and judges each licence against an explicit allow-list.
/// </summary>
internal static partial class LicenceAudit
{
    // Permissive licences the project accepts, by SPDX id. Each may ship inside a closed or MIT product
    // without obliging us to license anything of ours under it; add one only after reading it.
    private static readonly HashSet<string> Permissive = new(StringComparer.OrdinalIgnoreCase)
    {
        "MIT",          // PDFsharp 6.2, YamlDotNet, Spectre.Console, Handlebars.Net, System.*, Microsoft.Extensions.*
        "BSD-2-Clause", // Markdig; Scriban.Signed
        "BSD-3-Clause",
        "Apache-2.0",
        "ISC",
        "0BSD",
    };

    // Old packages give a licence URL instead of an expression; these URLs are known to be one of the above.
    private static readonly Dictionary<string, string> KnownLicenceUrls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["https://licenses.nuget.org/MIT"] = "MIT",
        ["https://opensource.org/licenses/MIT"] = "MIT",
        ["https://licenses.nuget.org/BSD-2-Clause"] = "BSD-2-Clause",
        ["https://licenses.nuget.org/Apache-2.0"] = "Apache-2.0",
        ["http://www.apache.org/licenses/LICENSE-2.0"] = "Apache-2.0",
    };

    // Copyleft families, named so a failure says why: a reciprocal licence would bind the product's own licence.
    private static readonly string[] CopyleftPrefixes = ["GPL", "AGPL", "LGPL", "MPL", "EPL", "CDDL", "SSPL", "EUPL", "OSL", "CPAL", "CC-BY-SA", "MS-RL"];

    /// <summary>The packages of every target framework in an assets file, with their declared licences.</summary>
    public static IReadOnlyList<PackageLicence> RuntimePackages(string assetsFile)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = assets.RootElement;
        var folders = root.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name).ToList();
        var project = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(assetsFile)))!;
        var result = new List<PackageLicence>();
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject().Where(l => l.Value.GetProperty("type").GetString() == "package"))
            {
                var (id, version) = (library.Name.Split('/')[0], library.Name.Split('/')[1]);
                var nuspec = folders
                    .Select(f => Path.Combine(f, id.ToLowerInvariant(), version.ToLowerInvariant(), id.ToLowerInvariant() + ".nuspec"))
                    .FirstOrDefault(File.Exists);
                result.Add(new PackageLicence(id, version, nuspec is null ? null : LicenceOf(nuspec), project));
            }
        }

        return result;
    }

    /// <summary>The nuspec's licence expression, else its licence URL, else null.</summary>
    public static string? LicenceOf(string nuspec)
    {
        var metadata = XDocument.Load(nuspec).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
        var license = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
        if (license is not null && (string?)license.Attribute("type") == "expression")
        {
            return license.Value.Trim();
        }

        var url = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "licenseUrl")?.Value.Trim();
        return string.IsNullOrEmpty(url) ? null : url;
    }

    /// <summary>Why a licence is not acceptable, or null when it is (an OR needs one acceptable choice, an AND all).</summary>
    public static string? Problem(string? licence)
    {
        if (licence is null)
        {
            return "declares no licence";
        }

        if (KnownLicenceUrls.TryGetValue(licence, out var known))
        {
            licence = known;
        }
        else if (licence.Contains("://", StringComparison.Ordinal))
        {
            return "names its licence only by a URL not on the allow-list";
        }

        // SPDX: OR binds looser than AND; parentheses are rare in nuspecs and read as plain grouping here.
        var choices = OrOperator().Split(licence.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal));
        var problems = choices.Select(choice => AndOperator().Split(choice).Select(Term).FirstOrDefault(p => p is not null)).ToList();
        return problems.Any(p => p is null) ? null : problems[0];
    }

    private static string? Term(string term)
    {
        var id = WithOperator().Split(term.Trim())[0].Trim().TrimEnd('+');
        if (Permissive.Contains(id))
        {
            return null;
        }

        return CopyleftPrefixes.Any(p => id.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            ? $"is copyleft ({id})"
            : $"has a licence not on the allow-list ({id})";
    }

    [GeneratedRegex(@"\s+OR\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OrOperator();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndOperator();

    [GeneratedRegex(@"\s+WITH\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WithOperator();
}
