using System.Globalization;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Results;

namespace GrensJobs.Matching.Tests.DevelopmentSet;

/// <summary>
/// The matcher on the frozen development set: per profile, precision@k of its top k = min(5, shortlist size) against
/// the mediator's shortlist, and every vacancy labelled "must not be on top" for language, distance or hours that
/// still reaches the top 5 must show a blocker. Figures per half; tuning looks at <c>tune</c> only.
/// </summary>
internal static class DevelopmentSetQuality
{
    private static readonly string[] Blockable = ["language", "distance", "hours"];

    public static async Task<QualityFigures> MeasureAsync(
        IReadOnlyDictionary<string, Func<string, ProfileReadResult>> readers, CancellationToken cancellationToken)
    {
        using var harness = new MatchingHarness();
        await harness.ImportVacanciesAsync(await DevelopmentSetFiles.LinesAsync("vacancies.jsonl", cancellationToken), cancellationToken);
        var labels = await DevelopmentSetFiles.LabelsAsync(cancellationToken);
        var profiles = new Dictionary<string, JobseekerProfile>(StringComparer.Ordinal);
        foreach (var (feed, read) in readers)
        {
            foreach (var line in await DevelopmentSetFiles.LinesAsync(feed + ".jsonl", cancellationToken))
            {
                var result = read(line);
                var profile = result.Profile ?? throw new InvalidDataException($"{feed}.jsonl: {result.Error}");
                profiles[profile.Id] = profile;
            }
        }

        var normaliser = harness.Get<GrensJobs.Matching.Profiles.ProfileNormaliser>();
        var rows = new List<ProfileQuality>();
        foreach (var label in labels.Where(l => readers.ContainsKey(l.Feed)))
        {
            var profile = normaliser.Normalise(profiles[label.Profile]);
            var top = harness.VacancyMatcher.Match(harness.Index, profile, 20, "en");
            rows.Add(Judge(label, top));
        }

        return new QualityFigures(rows);
    }

    private static ProfileQuality Judge(DevelopmentSetLabel label, IReadOnlyList<VacancyMatch> top)
    {
        var k = Math.Min(5, label.Shortlist.Count);
        var shortlist = label.Shortlist.ToHashSet(StringComparer.Ordinal);
        var hits = top.Take(k).Count(m => shortlist.Contains(m.Vacancy.Key));
        var blockable = label.MustNotTop.Where(b => Blockable.Contains(b.Why)).ToDictionary(b => b.Vacancy, b => b.Why, StringComparer.Ordinal);
        var unshown = top.Take(5)
            .Where(m => blockable.ContainsKey(m.Vacancy.Key) && m.Score.Blockers.Count == 0)
            .Select(m => $"{m.Vacancy.Key} ({blockable[m.Vacancy.Key]})")
            .ToList();
        var misses = top.Take(k).Where(m => !shortlist.Contains(m.Vacancy.Key))
            .Select(m => $"{m.Vacancy.Key} {m.Vacancy.Title} [{m.Vacancy.Isco}] {m.Score.Score:0.00}{(m.Score.Blockers.Count > 0 ? " blocked" : "")}")
            .ToList();
        var positions = top.Select((m, i) => (m.Vacancy.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        misses.AddRange(label.Shortlist.Where(v => !top.Take(k).Any(m => m.Vacancy.Key == v))
            .Select(v => positions.TryGetValue(v, out var at)
                ? $"shortlisted {v} at {at + 1} [{top[at].Vacancy.Isco}] {top[at].Score.Score:0.00}{(top[at].Score.Blockers.Count > 0 ? " blocked: " + string.Join(", ", top[at].Score.Blockers) : "")}"
                : $"shortlisted {v} not in the top 20"));
        return new ProfileQuality(label.Profile, label.Feed, label.Half, (double)hits / k, unshown, misses, top.Count);
    }
}

internal sealed record ProfileQuality(
    string Profile, string Feed, string Half, double PrecisionAtK, IReadOnlyList<string> BlockedWithoutBlocker, IReadOnlyList<string> Misses, int Results);

internal sealed record QualityFigures(IReadOnlyList<ProfileQuality> Profiles)
{
    public double MeanPrecision(string half) => Profiles.Where(p => p.Half == half).Select(p => p.PrecisionAtK).DefaultIfEmpty(0).Average();

    public int BlockedWithoutBlocker(string half) => Profiles.Where(p => p.Half == half).Sum(p => p.BlockedWithoutBlocker.Count);

    public string Describe(string half) => string.Create(CultureInfo.InvariantCulture,
        $"{half}: {Profiles.Count(p => p.Half == half)} profiles, mean precision@5 {MeanPrecision(half):0.000}, blocked in a top 5 without its blocker {BlockedWithoutBlocker(half)}");
}
