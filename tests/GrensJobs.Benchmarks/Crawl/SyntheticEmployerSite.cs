using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GrensJobs.Corpus;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>
/// The pages of one synthetic employer site: robots.txt, listing pages <c>/vacatures?page=p</c> linking
/// <see cref="PerListing"/> detail pages each (and the next listing with rel=next), and detail pages
/// <c>/vacatures/{n}</c> of about <see cref="DetailBytes"/> bytes: a synthetic vacancy as a schema.org JobPosting in
/// JSON-LD and as text, with the navigation, footer, inline style and script an employer's CMS adds.
/// </summary>
internal sealed class SyntheticEmployerSite(int host, int details, IReadOnlyList<CorpusVacancy> jobs, DateOnly today)
{
    public const int PerListing = 20;
    public const int DetailBytes = 50 * 1024;

    private static readonly string Padding = BuildPadding();

    public int Details { get; } = details;

    public int Listings => (Details + PerListing - 1) / PerListing;

    /// <summary>Requests one crawl of the site sends: both robots.txt reads, the two guessed sitemaps, listings, details.</summary>
    public int ExpectedRequests => 2 + 2 + Listings + Details;

    public static string RobotsTxt => "User-agent: *\nDisallow: /intern/\n";

    /// <summary>The body and status for a path and query, or null for 404.</summary>
    public string? Page(string path, string query, string origin)
    {
        if (path == "/vacatures")
        {
            var page = 1;
            if (query.StartsWith("?page=", StringComparison.Ordinal)
                && !int.TryParse(query.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out page))
            {
                return null;
            }

            return page >= 1 && page <= Listings ? Listing(page, origin) : null;
        }

        if (path.StartsWith("/vacatures/", StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(11), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= Details)
        {
            return Detail(number, origin);
        }

        return null;
    }

    public string DetailHtml(int number, string origin) => Detail(number, origin);

    private string Listing(int page, string origin)
    {
        var html = new StringBuilder(8_192);
        html.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Vacatures – pagina ")
            .Append(page).Append("</title>");
        if (page < Listings)
        {
            html.Append("<link rel=\"next\" href=\"/vacatures?page=").Append(page + 1).Append("\">");
        }

        html.Append("</head><body><h1>Werken bij ons</h1><ul class=\"vacatures\">");
        var first = (page - 1) * PerListing + 1;
        for (var n = first; n < first + PerListing && n <= Details; n++)
        {
            var job = Job(n);
            html.Append("<li><a href=\"").Append(origin).Append("/vacatures/").Append(n).Append("\">")
                .Append(WebUtility.HtmlEncode(job.Title)).Append("</a> <span>").Append(WebUtility.HtmlEncode(job.Place))
                .Append("</span></li>");
        }

        html.Append("</ul></body></html>");
        return html.ToString();
    }

    private string Detail(int number, string origin)
    {
        var job = Job(number);
        var url = origin + "/vacatures/" + number.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder(DetailBytes + 4_096);
        html.Append("<!DOCTYPE html><html lang=\"").Append(job.Language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(job.Title)).Append("</title><link rel=\"canonical\" href=\"").Append(url)
            .Append("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<script type=\"application/ld+json\">").Append(JsonLd(job, url, number)).Append("</script>")
            .Append(Padding)
            .Append("<main><article class=\"vacature\"><h1>").Append(WebUtility.HtmlEncode(job.Title)).Append("</h1><p class=\"plaats\">")
            .Append(WebUtility.HtmlEncode(job.Place)).Append("</p><div class=\"tekst\">").Append(job.DescriptionHtml)
            .Append("</div><a class=\"btn\" href=\"/vacatures\">Alle vacatures</a></article></main>");
        while (html.Length < DetailBytes - 200)
        {
            html.Append("<section class=\"usp\"><h2>Waarom bij ons werken?</h2><p>Goede secundaire arbeidsvoorwaarden, ")
                .Append("een reiskostenvergoeding over de grens (NL–DE–BE), opleidingsbudget en een team dat elkaar helpt. ")
                .Append("Wir bieten eine unbefristete Anstellung, flexible Arbeitszeiten und Weiterbildung.</p></section>");
        }

        html.Append("<footer><p>© 2026 ").Append(WebUtility.HtmlEncode(job.Employer)).Append("</p></footer></body></html>");
        return html.ToString();
    }

    private CorpusVacancy Job(int number) => jobs[(host * 7919 + number) % jobs.Count];

    private string JsonLd(CorpusVacancy job, string url, int number)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org/");
            w.WriteString("@type", "JobPosting");
            w.WriteString("title", job.Title);
            w.WriteString("description", job.DescriptionHtml);
            w.WriteString("datePosted", today.AddDays(-(number % 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("validThrough", today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("employmentType", job.FullTime ? "FULL_TIME" : "PART_TIME");
            w.WriteString("url", url);
            w.WriteStartObject("identifier");
            w.WriteString("@type", "PropertyValue");
            w.WriteString("name", job.Employer);
            w.WriteString("value", string.Create(CultureInfo.InvariantCulture, $"bench-{host}-{number}"));
            w.WriteEndObject();
            w.WriteStartObject("hiringOrganization");
            w.WriteString("@type", "Organization");
            w.WriteString("name", job.Employer);
            w.WriteEndObject();
            w.WriteStartObject("jobLocation");
            w.WriteString("@type", "Place");
            w.WriteStartObject("address");
            w.WriteString("@type", "PostalAddress");
            w.WriteString("postalCode", job.PostalCode);
            w.WriteString("addressLocality", job.Place);
            w.WriteString("addressCountry", job.Country);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("</", "<\\/", StringComparison.Ordinal);
    }

    /// <summary>What a CMS puts around the vacancy: inline style, a tag-manager script, a mega menu, an svg icon set.</summary>
    private static string BuildPadding()
    {
        var html = new StringBuilder(24_000);
        html.Append("<style>");
        for (var i = 0; i < 60; i++)
        {
            html.Append(".c").Append(i).Append("{margin:0 ").Append(i % 8).Append("px;color:#3a").Append(i % 10).Append("f2e;font:400 1rem/1.5 system-ui}");
        }

        html.Append("</style><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
            .Append("gtag('js',new Date());if(a<b&&c>d){document.write('<p>'+x+'</p>')}</script></head><body>")
            .Append("<svg style=\"display:none\"><symbol id=\"i\"><path d=\"M12 2L2 7l10 5 10-5-10-5z\"/></symbol></svg>")
            .Append("<header><nav class=\"mega\"><ul>");
        string[] sections = ["over-ons", "producten", "diensten", "nieuws", "contact", "duurzaamheid"];
        for (var i = 0; i < 120; i++)
        {
            var section = sections[i % sections.Length];
            html.Append("<li class=\"c").Append(i % 60).Append("\"><a href=\"https://www.example-group.eu/").Append(section).Append('/')
                .Append(i).Append("\" title=\"").Append(section).Append("\">").Append(section).Append(' ').Append(i)
                .Append("</a></li>");
        }

        html.Append("</ul></nav><a href=\"mailto:hr@example-group.eu\">Mail</a> <a href=\"tel:+31773200000\">Bel</a> ")
            .Append("<a href=\"/vacatures\" rel=\"nofollow\">Vacatures</a></header>");
        return html.ToString();
    }
}
