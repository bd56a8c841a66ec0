using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>emmerich-logistik</c>: a Personio XML feed at the extension-less path <c>xml</c> (the adapter requests
/// <c>{Url}/xml?language=de</c>) and a small career home page; offices in Emmerich am Rhein and Kleve.
/// </summary>
internal static partial class EmmerichLogistikSite
{
    public static readonly (string Name, string PostalCode, double Lat, double Lon) Emmerich = ("Emmerich am Rhein", "46446", 51.8386, 6.2460);
    public static readonly (string Name, string PostalCode, double Lat, double Lon) Kleve = ("Kleve", "47533", 51.7886, 6.1386);

    private static readonly string[] Departments = ["Lager", "Transport", "Werkstatt", "Disposition", "Verwaltung"];
    private static readonly string[] Experience = ["lt-1", "1-2", "2-5", "5-7"];

    /// <summary>Puts the jobs in the two offices (every third in Kleve); title and text follow.</summary>
    public static List<DemoJob> Place(IReadOnlyList<DemoJob> jobs) =>
        [.. jobs.Select((job, i) => i % 3 == 2
            ? DemoPicker.MoveTo(job, Kleve.Name, Kleve.PostalCode, Kleve.Lat, Kleve.Lon)
            : DemoPicker.MoveTo(job, Emmerich.Name, Emmerich.PostalCode, Emmerich.Lat, Emmerich.Lon))];

    public static void Write(SiteFiles files, DemoSite site, IReadOnlyList<DemoJob> jobs)
    {
        var employer = site.Employer!;
        var root = new XElement("workzag-jobs");
        for (var i = 0; i < jobs.Count; i++)
        {
            root.Add(Position(jobs[i], i, employer));
        }

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var buffer = new MemoryStream())
        {
            using (var writer = XmlWriter.Create(buffer, settings))
            {
                new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
            }

            files.Binary("xml", buffer.ToArray());
        }

        var list = new StringBuilder();
        foreach (var job in jobs)
        {
            list.Append("  <li>").Append(Markup.Escape(job.Title)).Append(" – ").Append(Markup.Escape(job.Place)).Append("</li>\n");
        }

        files.Text("index.html",
            "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>Karriere – " + Markup.Escape(employer) + "</title>\n</head>\n<body>\n" +
            $"<h1>Karriere bei {Markup.Escape(employer)}</h1>\n<p>Kontraktlogistik, Lager und Transport zwischen Rhein und niederländischer Grenze – " +
            "mit Standorten in Emmerich am Rhein und Kleve.</p>\n<p>Unsere offenen Stellen (auch als <a href=\"/xml?language=de\">XML-Feed</a>):</p>\n<ul>\n" +
            list + "</ul>\n<footer>Fiktives Unternehmen – Demodaten von GrensJobs. Alle Namen und Stellen sind erfunden.</footer>\n</body>\n</html>\n");
        files.Text("_types", "# content types for extension-less paths (see ../README.md)\nxml application/xml; charset=utf-8\n");
    }

    private static XElement Position(DemoJob job, int index, string employer)
    {
        var position = new XElement("position",
            new XElement("id", (1_704_300 + (index * 7)).ToString(CultureInfo.InvariantCulture)),
            new XElement("subcompany", employer),
            new XElement("office", job.Place));
        if (index % 5 == 1)
        {
            var other = string.Equals(job.Place, Kleve.Name, StringComparison.Ordinal) ? Emmerich.Name : Kleve.Name;
            position.Add(new XElement("additionalOffices", new XElement("office", other)));
        }

        position.Add(
            new XElement("department", Departments[index % Departments.Length]),
            new XElement("recruitingCategory", job.Isco[0] is '8' or '9' ? "Gewerbliche Mitarbeiter" : "Fachkräfte"),
            new XElement("name", job.Title),
            new XElement("jobDescriptions", Sections(job.DescriptionHtml).Select(s =>
                new XElement("jobDescription", new XElement("name", s.Name), new XElement("value", new XCData(s.Html))))),
            new XElement("employmentType", index % 11 == 4 ? "trainee" : "permanent"),
            new XElement("seniority", index % 4 == 0 ? "entry-level" : "experienced"),
            new XElement("schedule", job.FullTime ? "full-time" : "part-time"),
            new XElement("yearsOfExperience", Experience[index % Experience.Length]),
            new XElement("keywords", $"Logistik,{job.Place},{(job.FullTime ? "Vollzeit" : "Teilzeit")}"),
            new XElement("occupation", Occupation(job.Isco)),
            new XElement("occupationCategory", job.Isco[0] is '8' or '9' ? "transport_and_logistics" : "production_and_manufacturing"),
            new XElement("createdAt", job.Posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                + string.Create(CultureInfo.InvariantCulture, $"T{8 + (index % 9):D2}:{(index * 13) % 60:D2}:00+0100")));
        return position;
    }

    private static string Occupation(string isco) => isco[..2] switch
    {
        "83" => "truck_driving",
        "93" => "warehouse_logistics",
        "43" or "41" => "logistics_administration",
        "72" or "74" => "mechanics",
        _ => "other",
    };

    /// <summary>Personio's jobDescriptions: one per &lt;h2&gt; section; the text before the first heading is "Über uns".</summary>
    private static IEnumerable<(string Name, string Html)> Sections(string html)
    {
        var parts = Heading().Split(html);
        if (parts[0].Trim().Length > 0)
        {
            yield return ("Über uns", parts[0].Trim());
        }

        for (var i = 1; i + 1 < parts.Length; i += 2)
        {
            yield return (System.Net.WebUtility.HtmlDecode(parts[i]).Trim(), parts[i + 1].Trim());
        }
    }

    [GeneratedRegex(@"<h2>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
