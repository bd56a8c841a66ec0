using System.Globalization;
using GrensJobs.Search.Querying;

namespace GrensJobs.Cli;

/// <summary>Search results for people: one block per vacancy, then the facets and any suggestions.</summary>
internal static class SearchTable
{
    public static async Task WriteAsync(TextWriter writer, SearchResponse response)
    {
        var header = response.Query.Occupation is { } occupation
            ? $"{response.Total:N0} vacancies (occupation: {occupation.Label}, ISCO {occupation.Isco})"
            : $"{response.Total:N0} vacancies";
        await writer.WriteLineAsync(header.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        var rank = ((response.Query.Page - 1) * response.Query.Top) + 1;
        foreach (var hit in response.Results)
        {
            var where = string.Join(", ", new[] { hit.Place, hit.Country }.Where(p => p is not null));
            var distance = hit.DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $" · {km:0.0} km") : "";
            var languages = string.Join(" ", hit.Languages.Where(l => l.Required).Select(l => $"{l.Language}:{l.Level ?? "?"}"));
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{rank,3}. {hit.Title} — {hit.Employer ?? "?"} — {where}{distance} · {hit.Posted:yyyy-MM-dd}")).ConfigureAwait(false);
            var details = string.Join(" · ", new[]
            {
                hit.Occupation is { } o ? $"{o.Label} ({o.Isco})" : null,
                languages.Length > 0 ? languages : null,
                hit.Duplicates.Count > 0 ? $"also at {string.Join(", ", hit.Duplicates.Select(d => d.Source))}" : null,
                hit.Url,
            }.Where(d => d is not null));
            await writer.WriteLineAsync($"     {details}").ConfigureAwait(false);
            rank++;
        }

        foreach (var (facet, counts) in response.Facets)
        {
            if (counts.Count > 0)
            {
                await writer.WriteLineAsync($"{facet}: {string.Join("  ", counts.Take(8).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")))}").ConfigureAwait(false);
            }
        }

        foreach (var suggestion in response.Suggestions)
        {
            await writer.WriteLineAsync(suggestion).ConfigureAwait(false);
        }
    }
}
