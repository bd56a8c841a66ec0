using System.Globalization;
using System.Text;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>hasselt-zorg</c>: a Flemish site without structured data, for the declarative <c>html</c> adapter: listing pages
/// of <c>article.vacature</c> items with a "Volgende" link, detail pages with h1, div.omschrijving, span.plaats,
/// span.postcode and time[datetime].
/// </summary>
internal static class HasseltZorgSite
{
    public const int PageSize = 10;

    public static void Write(SiteFiles files, DemoSite site, IReadOnlyList<DemoJob> jobs)
    {
        var employer = site.Employer!;
        foreach (var job in jobs)
        {
            files.Text($"vacatures/{job.Slug}.html", Page($"{job.Title} – {employer}",
                $"<h1>{Markup.Escape(job.Title)}</h1>\n<p class=\"gegevens\"><span class=\"postcode\">{job.PostalCode}</span> " +
                $"<span class=\"plaats\">{Markup.Escape(job.Place)}</span> · {(job.FullTime ? "Voltijds" : "Deeltijds")} · geplaatst op " +
                $"<time datetime=\"{Markup.Date(job.Posted)}\">{Markup.DayMonthYear(job.Posted)}</time></p>\n" +
                $"<div class=\"omschrijving\">\n{job.DescriptionHtml}\n</div>\n<p><a href=\"/vacatures/\">Alle vacatures</a></p>"));
        }

        var pages = (jobs.Count + PageSize - 1) / PageSize;
        for (var page = 1; page <= pages; page++)
        {
            var list = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<h1>Vacatures</h1>\n<p class=\"pagina\">Pagina {page} van {pages}</p>\n<section class=\"vacatures\">\n");
            foreach (var job in jobs.Skip((page - 1) * PageSize).Take(PageSize))
            {
                list.Append("<article class=\"vacature\">\n  <h2><a href=\"/vacatures/").Append(job.Slug).Append(".html\">")
                    .Append(Markup.Escape(job.Title)).Append("</a></h2>\n  <span class=\"plaats\">").Append(Markup.Escape(job.Place))
                    .Append("</span> · <span class=\"datum\">").Append(Markup.DayMonthYear(job.Posted)).Append("</span>\n</article>\n");
            }

            list.Append("</section>\n<nav class=\"paginering\">");
            if (page < pages)
            {
                list.Append(CultureInfo.InvariantCulture, $"<a class=\"volgende\" rel=\"next\" href=\"/vacatures/pagina-{page + 1}.html\">Volgende</a>");
            }

            list.Append("</nav>");
            files.Text(page == 1 ? "vacatures/index.html" : $"vacatures/pagina-{page}.html", Page("Vacatures – " + employer, list.ToString()));
        }

        files.Text("index.html", Page(employer,
            $"<h1>Werken bij {Markup.Escape(employer)}</h1>\n<p>Woonzorgcentra, thuiszorg en ondersteunende diensten in Limburg.</p>\n" +
            "<p><a href=\"/vacatures/\">Onze vacatures</a></p>"));
        files.Text("robots.txt", "User-agent: *\nDisallow:\n");
    }

    private static string Page(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"nl-BE\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Markup.Escape(title) + "</title>\n" +
        "</head>\n<body>\n<header><a href=\"/\">Zorgnet Kempenland</a> · <a href=\"/vacatures/\">Vacatures</a></header>\n<main>\n" + body +
        "\n</main>\n<footer>Fictieve organisatie – demonstratiegegevens van GrensJobs. Alle namen en vacatures zijn verzonnen.</footer>\n</body>\n</html>\n";
}
