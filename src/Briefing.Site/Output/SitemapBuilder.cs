using System.Text;
using System.Xml;
using Briefing.Core.Model;

namespace Briefing.Site.Output;

/// <summary>
/// sitemap.xml. The sitemap protocol wants absolute URLs, which only a base URL can give; without
/// one the locations stay relative to the sitemap, which is all an offline copy can say.
/// </summary>
internal static class SitemapBuilder
{
    public static byte[] Build(IEnumerable<string> pagePaths, Uri? baseUrl, PartialDate edition)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in pagePaths)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", baseUrl is null ? path : new Uri(baseUrl, path).AbsoluteUri);
                // W3C datetime allows YYYY and YYYY-MM: the edition at its own precision.
                xml.WriteElementString("lastmod", edition.ToIso());
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
