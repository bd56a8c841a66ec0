using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Vacancies;

/// <summary>
/// The behaviour every <see cref="IVacancyStore"/> must have. An implementation's test class derives from this and
/// supplies <see cref="CreateStore"/>: each call returns a new store over the same, per-test storage.
/// </summary>
public abstract partial class VacancyStoreTests
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new store over this test's storage (a second call simulates a second process).</summary>
    protected abstract IVacancyStore CreateStore(TimeProvider time);

    [Fact]
    public async Task Upsert_NewVacancies_CountsNewAndAssignsIncreasingSequences()
    {
        var store = CreateStore(Time);

        var summary = await store.UpsertAsync(
            [TestVacancies.Schweisser(), TestVacancies.Soudeur(), TestVacancies.Verpleegkundige("1")], Token);

        Assert.Equal(new UpsertSummary(3, 0, 0, 0), summary);
        var first = await store.GetAsync("mueller-gmbh", "42", Token);
        var third = await store.GetAsync("uwv", "1", Token);
        Assert.NotNull(first);
        Assert.NotNull(third);
        Assert.Equal(VacancyStatus.Open, first.Status);
        Assert.Equal(Start, first.FirstSeen);
        Assert.Equal(Start, first.LastSeen);
        Assert.Null(first.ClosedAt);
        Assert.Equal("mueller-gmbh/42", first.Cluster);
        Assert.True(third.Sequence > first.Sequence);
        Assert.Equal(third.Sequence, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task GetLastSequence_EmptyStore_IsZero()
    {
        var store = CreateStore(Time);

        Assert.Equal(0, await store.GetLastSequenceAsync(Token));
        Assert.Equal(new StoreCounts(0, 0, 0), await store.CountAsync(Token));
        Assert.Null(await store.GetAsync("mueller-gmbh", "42", Token));
    }

    [Fact]
    public async Task Upsert_SameVacancyAgain_CountsUnchangedKeepsSequenceAndFirstSeen()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser()], Token);
        var before = await store.GetAsync("mueller-gmbh", "42", Token);
        Time.Advance(TimeSpan.FromHours(6));

        var summary = await store.UpsertAsync([TestVacancies.Schweisser()], Token);

        var after = await store.GetAsync("mueller-gmbh", "42", Token);
        Assert.Equal(new UpsertSummary(0, 0, 1, 0), summary);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(Start, after.FirstSeen);
        Assert.Equal(Start.AddHours(6), after.LastSeen);
        Assert.Equal(before.Sequence, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task Upsert_ChangedVacancy_CountsUpdatedWithNewSequence()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser(), TestVacancies.Soudeur()], Token);
        var before = await store.GetAsync("mueller-gmbh", "42", Token);
        Time.Advance(TimeSpan.FromDays(1));

        var changed = TestVacancies.Schweisser() with { Title = "Schweißer (m/w/d) WIG", Employer = "Müller & Söhne GmbH" };
        var summary = await store.UpsertAsync([changed, TestVacancies.Soudeur()], Token);

        var after = await store.GetAsync("mueller-gmbh", "42", Token);
        Assert.Equal(new UpsertSummary(0, 1, 1, 0), summary);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal("Schweißer (m/w/d) WIG", after.Vacancy.Title);
        Assert.Equal("Müller & Söhne GmbH", after.Vacancy.Employer);
        Assert.True(after.Sequence > before.Sequence);
        Assert.Equal(after.Sequence, await store.GetLastSequenceAsync(Token));
        Assert.Equal(Start, after.FirstSeen);
        Assert.Equal(Start.AddDays(1), after.LastSeen);
    }

    [Fact]
    public async Task Upsert_SameKeyTwiceInOneBatch_StoresOneVacancyWithTheLastContent()
    {
        var store = CreateStore(Time);
        var changed = TestVacancies.Soudeur() with { Title = "Soudeur TIG (h/f/x) – Liège" };

        var summary = await store.UpsertAsync([TestVacancies.Soudeur(), changed], Token);

        Assert.Equal(new UpsertSummary(1, 1, 0, 0), summary);
        Assert.Equal(new StoreCounts(1, 1, 0), await store.CountAsync(Token));
        Assert.Equal("Soudeur TIG (h/f/x) – Liège", (await store.GetAsync("forem", "liege-7", Token))?.Vacancy.Title);
    }

    [Fact]
    public async Task Upsert_EmptyBatch_ChangesNothing()
    {
        var store = CreateStore(Time);

        var summary = await store.UpsertAsync([], Token);

        Assert.Equal(UpsertSummary.Empty, summary);
        Assert.Equal(0, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task Upsert_UnicodeVacancy_RoundTripsEveryField()
    {
        var store = CreateStore(Time);
        var schweisser = TestVacancies.Schweisser();
        var soudeur = TestVacancies.Soudeur();

        await store.UpsertAsync([schweisser, soudeur], Token);

        var storedSchweisser = await store.GetAsync("mueller-gmbh", "42", Token);
        var storedSoudeur = await store.GetAsync("forem", "liege-7", Token);
        Assert.NotNull(storedSchweisser);
        Assert.NotNull(storedSoudeur);
        Assert.Equal("Schweißer (m/w/d) MIG/MAG", storedSchweisser.Vacancy.Title);
        Assert.Equal("Liège", storedSoudeur.Vacancy.Location?.Place);
        Assert.Equal(ToJson(schweisser), ToJson(storedSchweisser.Vacancy));
        Assert.Equal(ToJson(soudeur), ToJson(storedSoudeur.Vacancy));
    }

    [Fact]
    public async Task Count_MixedLifecycle_CountsTotalOpenAndExpired()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync(TestVacancies.Many(5), Token);
        await store.UpsertAsync([TestVacancies.Schweisser()], Token);

        await store.ExpireMissingAsync("uwv", new HashSet<string>(StringComparer.Ordinal) { "v0", "v1" }, Token);

        Assert.Equal(new StoreCounts(6, 3, 3), await store.CountAsync(Token));
    }

    protected static string ToJson(Vacancy vacancy) =>
        JsonSerializer.Serialize(vacancy, GrensJobsJsonContext.Default.Vacancy);

    protected static async Task<List<StoredVacancy>> ReadAllChangesAsync(IVacancyStore store, long after, int limit)
    {
        var changes = new List<StoredVacancy>();
        await foreach (var change in store.ReadChangesAsync(after, limit, Token))
        {
            changes.Add(change);
        }

        return changes;
    }
}
