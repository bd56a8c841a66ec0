using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Matching.Tests.DevelopmentSet;

/// <summary>
/// Integrity of the frozen development set: it must stay what its README says, or every figure quoted on it is void.
/// </summary>
public sealed class DevelopmentSetTests
{
    private static readonly string[] Feeds = ["uwv", "ba", "vdab", "grensjobs"];
    private static readonly string[] Reasons = ["language", "distance", "hours", "occupation"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Profiles_EachFeed_HasTheIssuesMinimumAndUniqueIds()
    {
        var all = new List<string>();
        foreach (var feed in Feeds)
        {
            var ids = await DevelopmentSetFiles.ProfileIdsAsync(feed, Token);
            Assert.True(ids.Count >= (feed == "grensjobs" ? 6 : 12), $"{feed}.jsonl has only {ids.Count} profiles");
            all.AddRange(ids);
        }

        Assert.True(all.Count >= 44, $"only {all.Count} profiles");
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Labels_EveryProfile_ExistsInItsFeedFileAndEveryProfileIsLabelledOnce()
    {
        var labels = await DevelopmentSetFiles.LabelsAsync(Token);
        foreach (var feed in Feeds)
        {
            var ids = await DevelopmentSetFiles.ProfileIdsAsync(feed, Token);
            var labelled = labels.Where(l => l.Feed == feed).Select(l => l.Profile).ToList();
            Assert.All(labelled, id => Assert.Contains(id, ids));
            Assert.Equal(ids.Order(StringComparer.Ordinal), labelled.Order(StringComparer.Ordinal));
        }

        Assert.All(labels, l => Assert.Contains(l.Feed, Feeds));
    }

    [Fact]
    public async Task Labels_EveryLabelledVacancy_ExistsInTheCorpus()
    {
        var corpus = (await CorpusAsync()).Select(v => $"{v.Source}/{v.Id}").ToHashSet(StringComparer.Ordinal);

        var missing = (await DevelopmentSetFiles.LabelsAsync(Token))
            .SelectMany(l => l.Shortlist.Concat(l.MustNotTop.Select(b => b.Vacancy)).Select(vacancy => (l.Profile, Vacancy: vacancy)))
            .Where(pair => !corpus.Contains(pair.Vacancy))
            .Select(pair => $"{pair.Profile}: {pair.Vacancy}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Labels_ShortlistAndMustNotTop_AreDisjointWithoutRepeats()
    {
        foreach (var label in await DevelopmentSetFiles.LabelsAsync(Token))
        {
            var blocked = label.MustNotTop.Select(b => b.Vacancy).ToList();
            Assert.Equal(label.Shortlist.Count, label.Shortlist.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(blocked.Count, blocked.Distinct(StringComparer.Ordinal).Count());
            var both = label.Shortlist.Intersect(blocked, StringComparer.Ordinal).ToList();
            Assert.True(both.Count == 0, $"{label.Profile}: {string.Join(", ", both)} both shortlisted and blocked");
        }
    }

    [Fact]
    public async Task Labels_EveryProfile_HasFiveToShortlistAndHardNegativesWithAKnownReason()
    {
        foreach (var label in await DevelopmentSetFiles.LabelsAsync(Token))
        {
            Assert.True(label.Shortlist.Count >= 5, $"{label.Profile} has {label.Shortlist.Count} vacancies to shortlist");
            Assert.Contains(label.MustNotTop, b => b.Why == "language");
            Assert.Contains(label.MustNotTop, b => b.Why == "occupation");
            Assert.All(label.MustNotTop, b => Assert.Contains(b.Why, Reasons));
            Assert.False(string.IsNullOrWhiteSpace(label.Note), $"{label.Profile} has no note");
        }
    }

    [Fact]
    public async Task Labels_Halves_AreEqualInSizeAndHoldEveryFeed()
    {
        var labels = await DevelopmentSetFiles.LabelsAsync(Token);
        Assert.All(labels, l => Assert.Contains(l.Half, new[] { "tune", "check" }));

        var tune = labels.Where(l => l.Half == "tune").ToList();
        var check = labels.Where(l => l.Half == "check").ToList();
        Assert.InRange(tune.Count - check.Count, -1, 1);
        foreach (var feed in Feeds)
        {
            Assert.Contains(tune, l => l.Feed == feed);
            Assert.Contains(check, l => l.Feed == feed);
        }
    }

    [Fact]
    public async Task Corpus_EveryLine_IsReadByRawVacancyReaderWithItsPlace()
    {
        var corpus = await CorpusAsync();

        Assert.True(corpus.Count >= 420, $"only {corpus.Count} vacancies");
        Assert.Equal(corpus.Count, corpus.Select(v => $"{v.Source}/{v.Id}").Distinct(StringComparer.Ordinal).Count());
        Assert.All(corpus, v =>
        {
            Assert.False(string.IsNullOrEmpty(v.Location?.Place), $"{v.Id} has no place");
            Assert.False(string.IsNullOrEmpty(v.Location?.Country), $"{v.Id} has no country");
            Assert.Null(v.Location?.Lat);
        });
    }

    [Fact]
    public async Task GrensjobsFeed_EveryProfile_IsReadByProfileReader()
    {
        var errors = new List<string>();
        var number = 0;
        foreach (var line in await DevelopmentSetFiles.LinesAsync("grensjobs.jsonl", Token))
        {
            number++;
            var result = ProfileReader.Read(line);
            if (result.Error is not null)
            {
                errors.Add($"grensjobs.jsonl line {number}: {result.Error}");
            }
        }

        Assert.True(number >= 6, $"grensjobs.jsonl has only {number} profiles");
        Assert.Empty(errors);
    }

    /// <summary>Every corpus line through the reader; a bad line fails the calling test with its number and reason.</summary>
    private static async Task<List<RawVacancy>> CorpusAsync()
    {
        var vacancies = new List<RawVacancy>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in await DevelopmentSetFiles.LinesAsync("vacancies.jsonl", Token))
        {
            number++;
            var result = RawVacancyReader.Read(line);
            if (result.Vacancy is null || result.Warnings.Count > 0)
            {
                errors.Add($"vacancies.jsonl line {number}: {result.Error ?? string.Join("; ", result.Warnings)}");
                continue;
            }

            vacancies.Add(result.Vacancy);
        }

        Assert.Empty(errors);
        return vacancies;
    }
}
