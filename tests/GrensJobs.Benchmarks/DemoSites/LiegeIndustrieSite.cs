using System.IO.Compression;
using System.Text;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>liege-industrie</c>: a French-language Belgian employer site whose detail pages carry JSON-LD with an
/// <c>@graph</c> (Organization + JobPosting); robots.txt points to a sitemap index that points to a gzip sitemap.
/// </summary>
internal static class LiegeIndustrieSite
{
    public static void Write(SiteFiles files, DemoSite site, IReadOnlyList<DemoJob> jobs)
    {
        var origin = site.Origin;
        var employer = site.Employer!;
        foreach (var job in jobs)
        {
            files.Text($"offres/{job.Slug}.html", Detail(job, $"{origin}/offres/{job.Slug}.html", origin, employer));
        }

        var list = new StringBuilder("<h1>Nos offres d’emploi</h1>\n<ul class=\"offres\">\n");
        foreach (var job in jobs)
        {
            list.Append("  <li><a href=\"/offres/").Append(job.Slug).Append(".html\">").Append(Markup.Escape(job.Title))
                .Append("</a> – ").Append(Markup.Escape(job.Place)).Append("</li>\n");
        }

        files.Text("offres/index.html", Page("Offres d’emploi – " + employer, string.Empty, list.Append("</ul>").ToString()));
        files.Text("index.html", Page(employer, string.Empty,
            $"<h1>Carrières chez {Markup.Escape(employer)}</h1>\n<p>Industrie mécanique et maintenance en province de Liège, " +
            "à deux pas des Pays-Bas et de l’Allemagne.</p>\n<p><a href=\"/offres/\">Voir nos offres</a></p>"));
        files.Text("robots.txt", $"User-agent: *\nDisallow: /admin/\n\nSitemap: {origin}/sitemap.xml\n");
        files.Text("sitemap.xml", SitemapXml.Index([$"{origin}/sitemap-jobs.xml.gz", $"{origin}/sitemap-pages.xml"]));
        files.Text("sitemap-pages.xml", SitemapXml.UrlSet([($"{origin}/", DemoPicker.Today), ($"{origin}/offres/", DemoPicker.Today)]));
        files.Binary("sitemap-jobs.xml.gz", Gzip(SitemapXml.UrlSet(jobs.Select(j => ($"{origin}/offres/{j.Slug}.html", j.Posted)))));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static string Detail(DemoJob job, string url, string origin, string employer)
    {
        var organisationId = origin + "/#organisation";
        var json = Markup.Json(Markup.ScriptSafeJson, w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteStartArray("@graph");
            w.WriteStartObject();
            w.WriteString("@type", "Organization");
            w.WriteString("@id", organisationId);
            w.WriteString("name", employer);
            w.WriteString("url", origin + "/");
            w.WriteEndObject();
            w.WriteStartObject();
            JobPostingJson.Write(w, job, url, o =>
            {
                o.WriteStartObject();
                o.WriteString("@id", organisationId);
                o.WriteEndObject();
            }, withSalary: job.Slug.Length % 3 != 0);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
        return Page(
            $"{job.Title} – {employer}",
            $"<script type=\"application/ld+json\">\n{json}\n</script>\n",
            $"<h1>{Markup.Escape(job.Title)}</h1>\n<p class=\"infos\">{Markup.Escape(job.PostalCode)} {Markup.Escape(job.Place)} · " +
            $"{(job.FullTime ? "Temps plein" : "Temps partiel")}</p>\n<div class=\"description\">\n{job.DescriptionHtml}\n</div>\n" +
            "<p><a href=\"/offres/\">Toutes nos offres</a></p>");
    }

    private static string Page(string title, string head, string body) =>
        "<!DOCTYPE html>\n<html lang=\"fr-BE\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Markup.Escape(title) + "</title>\n" + head +
        "</head>\n<body>\n<header><a href=\"/\">Ateliers Mosans</a> · <a href=\"/offres/\">Offres d’emploi</a></header>\n<main>\n" + body +
        "\n</main>\n<footer>Entreprise fictive – données de démonstration de GrensJobs. Tous les noms et offres sont inventés.</footer>\n</body>\n</html>\n";
}
