namespace Briefing.Site.Templates;

/// <summary>
/// What a site templates folder looks like, for anyone who must check one before rendering (the
/// command line checks <c>--templates</c> with it): the engine's file names live here, nowhere else.
/// </summary>
public static class TemplateConventions
{
    /// <summary>Scriban templates producing HTML: editors highlight both languages.</summary>
    public const string Extension = ".sbnhtml";

    /// <summary>The frame around every page, at the top of the site templates folder.</summary>
    public const string LayoutFileName = "layout" + Extension;

    /// <summary>The site templates folder inside the templates root.</summary>
    public const string SiteFolderName = "site";

    /// <summary>The extension of the Handlebars templates Briefing used before Scriban.</summary>
    public const string HandlebarsExtension = ".hbs";

    // A folder that cannot be read is not searched: the templates it holds are reported when they are read.
    private static readonly EnumerationOptions Everywhere = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>Whether <paramref name="siteFolder"/> holds the layout.</summary>
    public static bool HoldsLayout(string siteFolder) => File.Exists(Path.Combine(siteFolder, LayoutFileName));

    /// <summary>
    /// The one sentence to say when a folder still holds Handlebars templates, or null when it
    /// holds none. <paramref name="shown"/> is the folder as the reader named it.
    /// </summary>
    public static string? HandlebarsLeftIn(string folder, string shown)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var old = Directory.EnumerateFiles(folder, "*" + HandlebarsExtension, Everywhere)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return old.Count == 0
            ? null
            : $"{shown} holds Handlebars templates ({string.Join(", ", old.Take(3))}{(old.Count > 3 ? ", …" : "")}); "
                + $"Briefing's site templates are Scriban templates ({Extension}) now: "
                + "templates/README.md, 'Moving a Handlebars template to Scriban', says how to convert them";
    }
}
