using Briefing.Site;

namespace Briefing.Pipeline;

/// <summary>Compiles the site templates once and again only when a template file changes.</summary>
internal sealed class TemplateCache(string siteTemplatesDirectory)
{
    private SiteRenderer? _renderer;
    private string _stamp = "";

    public SiteRenderer Renderer()
    {
        var stamp = Stamp();
        if (_renderer is null || stamp != _stamp)
        {
            _renderer = new SiteRenderer(siteTemplatesDirectory);
            _stamp = stamp;
        }

        return _renderer;
    }

    /// <summary>Every template file's path, size and write time: any edit, addition or removal changes it.</summary>
    private string Stamp()
    {
        if (!Directory.Exists(siteTemplatesDirectory))
        {
            return "";
        }

        return string.Join('|', Directory.EnumerateFiles(siteTemplatesDirectory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
    }
}
