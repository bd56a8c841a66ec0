using System.Text;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>venlo-techniek</c>: a Dutch employer career site with JSON-LD JobPosting detail pages, robots.txt (Sitemap line,
/// Disallow /intern/) and sitemap.xml. Traps: an /intern/ page (in the sitemap and linked, never to be crawled), one
/// posting whose validThrough has passed, one closed page without JSON-LD.
/// </summary>
internal static class VenloTechniekSite
{
    public static void Write(SiteFiles files, DemoSite site, IReadOnlyList<DemoJob> picked)
    {
        var origin = site.Origin;
        var employer = site.Employer!;
        var jobs = picked.Take(picked.Count - 3).ToList();
        var expired = picked[^3] with { Posted = new DateOnly(2026, 9, 1), ValidThrough = new DateOnly(2026, 10, 31) };
        var closed = picked[^2];
        var internal_ = picked[^1];

        foreach (var job in jobs.Append(expired))
        {
            files.Text($"vacatures/{job.Slug}.html", Detail(job, $"{origin}/vacatures/{job.Slug}.html", origin, employer));
        }

        files.Text($"vacatures/{closed.Slug}.html", Page(
            "Vacature gesloten – " + employer,
            string.Empty,
            $"<h1>{Markup.Escape(closed.Title)}</h1>\n<p class=\"melding\"><strong>Deze vacature is gesloten.</strong> " +
            "Bekijk onze <a href=\"/vacatures/\">actuele vacatures</a>.</p>"));
        files.Text($"intern/{internal_.Slug}.html", Detail(internal_, $"{origin}/intern/{internal_.Slug}.html", origin, employer));

        var listed = jobs.Append(expired).OrderByDescending(j => j.Posted).ThenBy(j => j.Slug, StringComparer.Ordinal).ToList();
        var list = new StringBuilder("<h1>Vacatures</h1>\n<ul class=\"vacatures\">\n");
        foreach (var job in listed)
        {
            list.Append("  <li><a href=\"/vacatures/").Append(job.Slug).Append(".html\">").Append(Markup.Escape(job.Title))
                .Append("</a> – ").Append(Markup.Escape(job.Place)).Append("</li>\n");
        }

        list.Append("</ul>\n<p class=\"intern\"><a href=\"/intern/").Append(internal_.Slug).Append(".html\">Interne vacatures (alleen voor medewerkers)</a></p>");
        files.Text("vacatures/index.html", Page("Vacatures – " + employer, string.Empty, list.ToString()));
        files.Text("index.html", Page(employer, string.Empty,
            $"<h1>Werken bij {Markup.Escape(employer)}</h1>\n<p>Technisch installatie- en onderhoudsbedrijf in Noord-Limburg, vlak bij de Duitse grens.</p>\n" +
            "<p><a href=\"/vacatures/\">Bekijk alle vacatures</a></p>"));
        files.Text("robots.txt", $"User-agent: *\nDisallow: /intern/\n\nSitemap: {origin}/sitemap.xml\n");

        var sitemap = listed.Select(j => ($"{origin}/vacatures/{j.Slug}.html", j.Posted))
            .Append(($"{origin}/vacatures/{closed.Slug}.html", closed.Posted))
            .Append(($"{origin}/intern/{internal_.Slug}.html", internal_.Posted))
            .Prepend(($"{origin}/vacatures/", DemoPicker.Today));
        files.Text("sitemap.xml", SitemapXml.UrlSet(sitemap));
    }

    private static string Detail(DemoJob job, string url, string origin, string employer)
    {
        var json = Markup.Json(Markup.ScriptSafeJson, w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            JobPostingJson.Write(w, job, url, o => JobPostingJson.Organization(o, employer, origin), withSalary: true);
            w.WriteEndObject();
        });
        var hours = job.FullTime ? "Fulltime" : "Parttime";
        return Page(
            $"{job.Title} – {employer}",
            $"<script type=\"application/ld+json\">\n{json}\n</script>\n",
            $"<h1>{Markup.Escape(job.Title)}</h1>\n<p class=\"kenmerken\">{Markup.Escape(job.PostalCode)} {Markup.Escape(job.Place)} · {hours} · " +
            $"geplaatst op {Markup.DayMonthYear(job.Posted)}</p>\n<div class=\"beschrijving\">\n{job.DescriptionHtml}\n</div>\n" +
            "<p><a href=\"/vacatures/\">Terug naar alle vacatures</a></p>");
    }

    private static string Page(string title, string head, string body) =>
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Markup.Escape(title) + "</title>\n" + head +
        "</head>\n<body>\n<header><a href=\"/\">Maasdal Techniek</a> · <a href=\"/vacatures/\">Vacatures</a></header>\n<main>\n" + body +
        "\n</main>\n<footer>Fictief bedrijf – demonstratiegegevens van GrensJobs. Alle namen en vacatures zijn verzonnen.</footer>\n</body>\n</html>\n";
}
