using System.Globalization;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Cli;

/// <summary>A readable account of normalised vacancies, for people (stderr), not machines.</summary>
internal static class VacancyTable
{
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Vacancy> vacancies)
    {
        foreach (var v in vacancies)
        {
            var occupation = v.Occupation is { } o
                ? string.Create(CultureInfo.InvariantCulture, $"{o.Isco} {Label(o.Label)} ({o.Confidence:0.00})")
                : "no occupation";
            var place = v.Location is { } l
                ? $"{l.Place} {l.Country} {l.Nuts3}{(l.Euregios.Count > 0 ? " [" + string.Join(", ", l.Euregios) + "]" : "")}"
                : "no place";
            var languages = v.Languages.Count == 0
                ? "-"
                : string.Join(", ", v.Languages.Select(r => $"{r.Language}:{r.Level?.ToString() ?? "?"}{(r.Required ? "" : " (plus)")}"));
            await writer.WriteLineAsync($"  {v.Source}/{v.Id}  {v.Title}").ConfigureAwait(false);
            await writer.WriteLineAsync($"      → {occupation} | {place} | languages {languages}{Extras(v)}").ConfigureAwait(false);
        }
    }

    private static string Label(IReadOnlyDictionary<string, string> labels) =>
        labels.TryGetValue("en", out var en) ? en : labels.Values.FirstOrDefault() ?? "";

    private static string Extras(Vacancy v)
    {
        var parts = new List<string>();
        if (v.Hours is { } h)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{h.Min}-{h.Max} h/week"));
        }

        if (v.Contract is { } c)
        {
            parts.Add(c.ToString().ToLowerInvariant());
        }

        if (v.Salary is { } s)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Currency} {s.Min}-{s.Max}/{s.Period.ToString().ToLowerInvariant()}"));
        }

        if (v.Regulated.Count > 0)
        {
            parts.Add("regulated in " + string.Join('/', v.Regulated));
        }

        return parts.Count == 0 ? "" : " | " + string.Join(" | ", parts);
    }
}
