using System.Globalization;
using GrensJobs.Matching.Results;

namespace GrensJobs.Cli;

/// <summary>Matches for a person reading a terminal: score, who or what, then reasons and blockers indented.</summary>
internal static class MatchTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<VacancyMatch> matches)
    {
        if (matches.Count == 0)
        {
            await output.WriteLineAsync("No matching vacancies.").ConfigureAwait(false);
            return;
        }

        foreach (var match in matches)
        {
            var vacancy = match.Vacancy;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{match.Score.Score:0.00}  {vacancy.Title} — {vacancy.Employer ?? "?"}, {vacancy.Place ?? "?"} ({vacancy.Country ?? "?"})  [{vacancy.Source}/{vacancy.Id}]")).ConfigureAwait(false);
            await WriteWhyAsync(output, match.Score.Reasons, match.Score.Blockers).ConfigureAwait(false);
        }
    }

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<ProfileMatch> matches)
    {
        if (matches.Count == 0)
        {
            await output.WriteLineAsync("No matching profiles.").ConfigureAwait(false);
            return;
        }

        foreach (var match in matches)
        {
            var home = match.Profile.Home;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{match.Score.Score:0.00}  {match.Profile.Profile.Id} — {home?.Place ?? "?"} ({home?.Country ?? "?"})")).ConfigureAwait(false);
            await WriteWhyAsync(output, match.Score.Reasons, match.Score.Blockers).ConfigureAwait(false);
        }
    }

    private static async Task WriteWhyAsync(TextWriter output, IReadOnlyList<string> reasons, IReadOnlyList<string> blockers)
    {
        foreach (var reason in reasons)
        {
            await output.WriteLineAsync("      + " + reason).ConfigureAwait(false);
        }

        foreach (var blocker in blockers)
        {
            await output.WriteLineAsync("      ! " + blocker).ConfigureAwait(false);
        }
    }
}
