using System.Globalization;
using System.Text;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>kleve-metall</c>: a German employer site in ISO-8859-1 with microdata JobPosting detail pages, found only through
/// a paginated listing (three pages, no sitemap); titles carry (m/w/d).
/// </summary>
internal static class KleveMetallSite
{
    public const int PageSize = 15;
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static void Write(SiteFiles files, DemoSite site, IReadOnlyList<DemoJob> jobs)
    {
        var employer = site.Employer!;
        foreach (var job in jobs)
        {
            files.Text($"stellen/{job.Slug}.html", Page($"{job.Title} – {employer}", Detail(job, employer)), Latin1);
        }

        var pages = (jobs.Count + PageSize - 1) / PageSize;
        for (var page = 1; page <= pages; page++)
        {
            var list = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<h1>Stellenangebote (Seite {page} von {pages})</h1>\n<ul class=\"stellen\">\n");
            foreach (var job in jobs.Skip((page - 1) * PageSize).Take(PageSize))
            {
                list.Append("  <li><a href=\"/stellen/").Append(job.Slug).Append(".html\">").Append(Markup.Escape(job.Title))
                    .Append("</a> <span class=\"ort\">").Append(Markup.Escape(job.Place)).Append("</span></li>\n");
            }

            list.Append("</ul>\n<nav class=\"seiten\">");
            if (page > 1)
            {
                list.Append("<a href=\"").Append(ListingPath(page - 1)).Append("\">« Zurück</a> ");
            }

            if (page < pages)
            {
                list.Append("<a href=\"").Append(ListingPath(page + 1)).Append("\">Weiter »</a>");
            }

            list.Append("</nav>");
            files.Text(page == 1 ? "stellen/index.html" : $"stellen/seite-{page}.html", Page("Stellenangebote – " + employer, list.ToString()), Latin1);
        }

        files.Text("index.html", Page(employer,
            $"<h1>Karriere bei {Markup.Escape(employer)}</h1>\n<p>Metallbau, Schweißtechnik und Anlagenmontage am Niederrhein – " +
            "wir suchen Verstärkung für unsere Werke im Kreis Kleve und Umgebung.</p>\n<p><a href=\"/stellen/\">Zu unseren Stellenangeboten</a></p>"), Latin1);
        files.Text("robots.txt", "User-agent: *\nDisallow:\n");
        files.Text("_types", "# the pages are ISO-8859-1 (see ../README.md)\n*.html text/html; charset=iso-8859-1\n");
    }

    private static string ListingPath(int page) => page == 1 ? "/stellen/" : string.Create(CultureInfo.InvariantCulture, $"/stellen/seite-{page}.html");

    private static string Detail(DemoJob job, string employer)
    {
        var html = new StringBuilder("<div itemscope itemtype=\"https://schema.org/JobPosting\">\n");
        html.Append("<h1 itemprop=\"title\">").Append(Markup.Escape(job.Title)).Append("</h1>\n");
        html.Append("<meta itemprop=\"datePosted\" content=\"").Append(Markup.Date(job.Posted)).Append("\">\n");
        html.Append("<meta itemprop=\"validThrough\" content=\"").Append(Markup.Date(job.ValidThrough)).Append("\">\n");
        html.Append("<meta itemprop=\"employmentType\" content=\"").Append(job.EmploymentType).Append("\">\n");
        html.Append("<div itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"name\">")
            .Append(Markup.Escape(employer)).Append("</span></div>\n");
        html.Append("<div itemprop=\"jobLocation\" itemscope itemtype=\"https://schema.org/Place\">")
            .Append("<div itemprop=\"address\" itemscope itemtype=\"https://schema.org/PostalAddress\">")
            .Append("<span itemprop=\"postalCode\">").Append(job.PostalCode).Append("</span> <span itemprop=\"addressLocality\">")
            .Append(Markup.Escape(job.Place)).Append("</span>, <span itemprop=\"addressCountry\">DE</span></div></div>\n");
        if (job.Salary is { } salary && job.Slug.Length % 2 == 0)
        {
            html.Append("<div itemprop=\"baseSalary\" itemscope itemtype=\"https://schema.org/MonetaryAmount\"><meta itemprop=\"currency\" content=\"EUR\">")
                .Append("<div itemprop=\"value\" itemscope itemtype=\"https://schema.org/QuantitativeValue\">")
                .Append(CultureInfo.InvariantCulture, $"<meta itemprop=\"minValue\" content=\"{salary.Min}\"><meta itemprop=\"maxValue\" content=\"{salary.Max}\">")
                .Append("<meta itemprop=\"unitText\" content=\"").Append(salary.Period.ToUpperInvariant()).Append("\"></div></div>\n");
        }

        html.Append("<p class=\"eckdaten\">").Append(job.FullTime ? "Vollzeit" : "Teilzeit").Append(" · Einsatzort ")
            .Append(Markup.Escape(job.Place)).Append("</p>\n");
        html.Append("<div itemprop=\"description\">\n").Append(job.DescriptionHtml).Append("\n</div>\n</div>\n");
        html.Append("<p><a href=\"/stellen/\">Alle Stellenangebote</a></p>");
        return html.ToString();
    }

    private static string Page(string title, string body) => Markup.Latin1Safe(
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"iso-8859-1\">\n<title>" + Markup.Escape(title) + "</title>\n" +
        "</head>\n<body>\n<header><a href=\"/\">Reichswald Metallbau</a> · <a href=\"/stellen/\">Stellenangebote</a></header>\n<main>\n" + body +
        "\n</main>\n<footer>Fiktives Unternehmen – Demodaten von GrensJobs. Alle Namen und Stellen sind erfunden.</footer>\n</body>\n</html>\n");
}
