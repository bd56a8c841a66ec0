using System.Text;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>sitemaps.org url sets and sitemap indexes.</summary>
internal static class SitemapXml
{
    public static string UrlSet(IEnumerable<(string Url, DateOnly LastModified)> urls)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (url, lastModified) in urls)
        {
            xml.Append("  <url><loc>").Append(Markup.Escape(url)).Append("</loc><lastmod>").Append(Markup.Date(lastModified)).Append("</lastmod></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    public static string Index(IEnumerable<string> sitemapUrls)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in sitemapUrls)
        {
            xml.Append("  <sitemap><loc>").Append(Markup.Escape(url)).Append("</loc><lastmod>").Append(Markup.Date(DemoPicker.Today)).Append("</lastmod></sitemap>\n");
        }

        return xml.Append("</sitemapindex>\n").ToString();
    }
}
