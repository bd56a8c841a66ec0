using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>ba-demo</c>: a Bundesagentur-Jobsuche-style feed. The list is the extension-less file <c>pc/v4/jobs</c> (one page
/// with every result), details are <c>pc/v4/jobdetails/{base64(refnr)}</c>. The last two items re-publish a
/// <c>kleve-metall</c> and an <c>emmerich-logistik</c> job (dedup).
/// </summary>
internal static class BaDemoSite
{
    public const int PageSize = 100;

    public static void Write(SiteFiles files, IReadOnlyList<DemoJob> jobs)
    {
        if (jobs.Count > PageSize)
        {
            throw new InvalidOperationException("The BA demo list must fit one page.");
        }

        var refnrs = RefNumbers(jobs.Count);
        var list = Markup.Json(Markup.FeedJson, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("stellenangebote");
            for (var i = 0; i < jobs.Count; i++)
            {
                ListItem(w, jobs[i], refnrs[i]);
            }

            w.WriteEndArray();
            w.WriteNumber("maxErgebnisse", jobs.Count);
            w.WriteNumber("page", 1);
            w.WriteNumber("size", PageSize);
            w.WriteEndObject();
        });
        files.Text("pc/v4/jobs", list + "\n");
        for (var i = 0; i < jobs.Count; i++)
        {
            files.Text("pc/v4/jobdetails/" + Convert.ToBase64String(Encoding.UTF8.GetBytes(refnrs[i])), Markup.Json(Markup.FeedJson, w => Detail(w, jobs[i], refnrs[i], i)) + "\n");
        }

        files.Text("_types", "# content types for extension-less paths (see ../README.md)\npc/v4/jobs application/json; charset=utf-8\npc/v4/jobdetails/* application/json; charset=utf-8\n");
    }

    /// <summary>Reference numbers like 10000-1201612345-S whose standard Base64 has no '/' or '+' (each is one path segment).</summary>
    private static List<string> RefNumbers(int count)
    {
        var numbers = new List<string>(count);
        for (var n = 1_201_600_017L; numbers.Count < count; n += 7_919)
        {
            var refnr = string.Create(CultureInfo.InvariantCulture, $"10000-{n}-S");
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(refnr));
            if (!encoded.Contains('/', StringComparison.Ordinal) && !encoded.Contains('+', StringComparison.Ordinal))
            {
                numbers.Add(refnr);
            }
        }

        return numbers;
    }

    private static void ListItem(Utf8JsonWriter w, DemoJob job, string refnr)
    {
        w.WriteStartObject();
        w.WriteString("beruf", Beruf(job.Title));
        w.WriteString("titel", job.Title);
        w.WriteString("refnr", refnr);
        w.WriteString("arbeitgeber", job.Employer);
        w.WritePropertyName("arbeitsort");
        Arbeitsort(w, job);
        w.WriteString("aktuelleVeroeffentlichungsdatum", Markup.Date(job.Posted));
        w.WriteString("eintrittsdatum", Markup.Date(job.Posted.AddDays(21)));
        w.WriteString("modifikationsTimestamp", Markup.Date(job.Posted) + "T08:12:40.000");
        w.WriteEndObject();
    }

    private static void Detail(Utf8JsonWriter w, DemoJob job, string refnr, int index)
    {
        w.WriteStartObject();
        w.WriteString("stellenangebotsTitel", job.Title);
        w.WriteString("stellenangebotsBeschreibung", Markup.PlainText(job.DescriptionHtml));
        w.WriteString("referenznummer", refnr);
        w.WriteString("firma", job.Employer);
        w.WriteString("beruf", Beruf(job.Title));
        w.WriteStartArray("arbeitsorte");
        Arbeitsort(w, job);
        w.WriteEndArray();
        w.WriteStartArray("arbeitszeitmodelle");
        w.WriteStringValue(job.FullTime ? "VOLLZEIT" : "TEILZEIT");
        w.WriteEndArray();
        w.WriteString("befristung", index % 4 == 3 ? "BEFRISTET" : "UNBEFRISTET");
        if (job.Salary is { } salary && index % 3 != 2)
        {
            w.WriteString("verguetung", Verguetung(salary));
        }

        w.WriteString("eintrittsdatum", Markup.Date(job.Posted.AddDays(21)));
        w.WriteString("ersteVeroeffentlichungsdatum", Markup.Date(job.Posted));
        w.WriteString("aktuelleVeroeffentlichungsdatum", Markup.Date(job.Posted));
        w.WriteNumber("anzahlOffeneStellen", 1 + (index % 3 == 0 ? 1 : 0));
        w.WriteEndObject();
    }

    private static void Arbeitsort(Utf8JsonWriter w, DemoJob job)
    {
        w.WriteStartObject();
        w.WriteString("plz", job.PostalCode);
        w.WriteString("ort", job.Place);
        w.WriteString("region", Region(job.Nuts3));
        w.WriteString("land", "Deutschland");
        w.WriteStartObject("koordinaten");
        w.WriteNumber("lat", job.Lat);
        w.WriteNumber("lon", job.Lon);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Verguetung(GrensJobs.Corpus.CorpusSalary salary)
    {
        var german = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
        var unit = salary.Period switch { "hour" => "pro Stunde", "year" => "brutto im Jahr", _ => "brutto im Monat" };
        var format = salary.Period == "hour" ? "N2" : "N0";
        return $"{salary.Min.ToString(format, german)} – {salary.Max.ToString(format, german)} € {unit}";
    }

    /// <summary>The occupation as the list names it: the title without gender marker, seniority or place words.</summary>
    private static string Beruf(string title)
    {
        var end = title.IndexOf(" (", StringComparison.Ordinal);
        var beruf = end > 0 ? title[..end] : title;
        var dash = beruf.IndexOf(" – ", StringComparison.Ordinal);
        return dash > 0 ? beruf[..dash] : beruf;
    }

    private static string Region(string nuts3) => nuts3[..3] switch
    {
        "DEA" => "Nordrhein-Westfalen",
        "DE9" => "Niedersachsen",
        "DEB" => "Rheinland-Pfalz",
        "DEC" => "Saarland",
        _ => "Deutschland",
    };
}
