using GrensJobs.Core.Vacancies;

namespace GrensJobs.Storage.Tests.Vacancies;

public abstract partial class VacancyStoreTests
{
    [Fact]
    public async Task ExpireMissing_UnlistedOpenVacancies_ExpiresThemWithClosedAtAndNewSequence()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([.. TestVacancies.Many(3), TestVacancies.Schweisser()], Token);
        var lastBefore = await store.GetLastSequenceAsync(Token);
        Time.Advance(TimeSpan.FromDays(2));

        var expired = await store.ExpireMissingAsync(
            "uwv", new HashSet<string>(StringComparer.Ordinal) { "v1" }, Token);

        Assert.Equal(2, expired);
        var v0 = await store.GetAsync("uwv", "v0", Token);
        var v1 = await store.GetAsync("uwv", "v1", Token);
        var other = await store.GetAsync("mueller-gmbh", "42", Token);
        Assert.NotNull(v0);
        Assert.NotNull(v1);
        Assert.NotNull(other);
        Assert.Equal(VacancyStatus.Expired, v0.Status);
        Assert.Equal(Start.AddDays(2), v0.ClosedAt);
        Assert.True(v0.Sequence > lastBefore);
        Assert.Equal(VacancyStatus.Open, v1.Status);
        Assert.Equal(VacancyStatus.Open, other.Status);
        Assert.Equal(lastBefore + 2, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task ExpireMissing_AlreadyExpired_IsNotExpiredAgain()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync(TestVacancies.Many(2), Token);
        var none = new HashSet<string>(StringComparer.Ordinal);
        await store.ExpireMissingAsync("uwv", none, Token);
        var last = await store.GetLastSequenceAsync(Token);

        var expired = await store.ExpireMissingAsync("uwv", none, Token);

        Assert.Equal(0, expired);
        Assert.Equal(last, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task Upsert_ExpiredVacancyReappearsUnchanged_ReopensWithNewSequence()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser()], Token);
        Time.Advance(TimeSpan.FromDays(1));
        await store.ExpireMissingAsync("mueller-gmbh", new HashSet<string>(StringComparer.Ordinal), Token);
        var expired = await store.GetAsync("mueller-gmbh", "42", Token);
        Time.Advance(TimeSpan.FromDays(1));

        var summary = await store.UpsertAsync([TestVacancies.Schweisser()], Token);

        var reopened = await store.GetAsync("mueller-gmbh", "42", Token);
        Assert.Equal(new UpsertSummary(0, 0, 0, 1), summary);
        Assert.NotNull(expired);
        Assert.NotNull(reopened);
        Assert.Equal(VacancyStatus.Expired, expired.Status);
        Assert.Equal(VacancyStatus.Open, reopened.Status);
        Assert.Null(reopened.ClosedAt);
        Assert.Equal(Start, reopened.FirstSeen);
        Assert.Equal(Start.AddDays(2), reopened.LastSeen);
        Assert.True(reopened.Sequence > expired.Sequence);
    }

    [Fact]
    public async Task Upsert_ExpiredVacancyReappearsChanged_CountsReopenedWithNewContent()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Soudeur()], Token);
        await store.ExpireMissingAsync("forem", new HashSet<string>(StringComparer.Ordinal), Token);

        var summary = await store.UpsertAsync(
            [TestVacancies.Soudeur() with { ValidThrough = new DateOnly(2027, 1, 31) }], Token);

        var reopened = await store.GetAsync("forem", "liege-7", Token);
        Assert.Equal(new UpsertSummary(0, 0, 0, 1), summary);
        Assert.Equal(VacancyStatus.Open, reopened?.Status);
        Assert.Equal(new DateOnly(2027, 1, 31), reopened?.Vacancy.ValidThrough);
    }

    [Fact]
    public async Task ExpirePastValidThrough_OnlyDatesBeforeToday_AreExpired()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync(
        [
            TestVacancies.Soudeur(),                                                        // valid through 2026-11-30
            TestVacancies.Schweisser(),                                                     // valid through 2026-12-31
            TestVacancies.Schweisser("43") with { ValidThrough = new DateOnly(2026, 12, 1) }, // valid through today
            TestVacancies.Verpleegkundige("1"),                                             // no end date
        ], Token);

        var expired = await store.ExpirePastValidThroughAsync(new DateOnly(2026, 12, 1), Token);

        Assert.Equal(1, expired);
        Assert.Equal(VacancyStatus.Expired, (await store.GetAsync("forem", "liege-7", Token))?.Status);
        Assert.Equal(VacancyStatus.Open, (await store.GetAsync("mueller-gmbh", "43", Token))?.Status);
        Assert.Equal(VacancyStatus.Open, (await store.GetAsync("mueller-gmbh", "42", Token))?.Status);
        Assert.Equal(VacancyStatus.Open, (await store.GetAsync("uwv", "1", Token))?.Status);
        Assert.Equal(new StoreCounts(4, 3, 1), await store.CountAsync(Token));
    }

    [Fact]
    public async Task Upsert_UnchangedVacancyPastItsValidThrough_StaysExpiredWithoutNewSequence()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Soudeur()], Token);                      // valid through 2026-11-30
        Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero));
        await store.ExpirePastValidThroughAsync(new DateOnly(2026, 12, 2), Token);
        var sequence = await store.GetLastSequenceAsync(Token);

        var summary = await store.UpsertAsync([TestVacancies.Soudeur()], Token);

        Assert.Equal(new UpsertSummary(0, 0, 1, 0), summary);
        var stored = await store.GetAsync("forem", "liege-7", Token);
        Assert.Equal(VacancyStatus.Expired, stored?.Status);
        Assert.Equal(sequence, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task Upsert_ExpiredVacancyReappearsWithValidThroughToday_Reopens()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Soudeur()], Token);                      // valid through 2026-11-30
        await store.ExpireMissingAsync("forem", new HashSet<string>(StringComparer.Ordinal), Token);
        Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));

        var summary = await store.UpsertAsync([TestVacancies.Soudeur()], Token);

        Assert.Equal(1, summary.Reopened);
        Assert.Equal(VacancyStatus.Open, (await store.GetAsync("forem", "liege-7", Token))?.Status);
    }

    [Fact]
    public async Task ReadChanges_Paging_ReturnsEveryChangeOnceInSequenceOrder()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync(TestVacancies.Many(25), Token);

        var all = new List<StoredVacancy>();
        var after = 0L;
        while (true)
        {
            var page = await ReadAllChangesAsync(store, after, 10);
            if (page.Count == 0)
            {
                break;
            }

            Assert.True(page.Count <= 10);
            all.AddRange(page);
            after = page[^1].Sequence;
        }

        Assert.Equal(25, all.Count);
        Assert.Equal(all.Select(v => v.Sequence).Order(), all.Select(v => v.Sequence));
        Assert.Equal(25, all.Select(v => v.Vacancy.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(await store.GetLastSequenceAsync(Token), all[^1].Sequence);
    }

    [Fact]
    public async Task ReadChanges_AfterUpdateAndExpiry_ShowsEachVacancyAtItsLatestSequenceOnly()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser(), TestVacancies.Soudeur(), TestVacancies.Verpleegkundige("1")], Token);
        var checkpoint = await store.GetLastSequenceAsync(Token);

        await store.UpsertAsync([TestVacancies.Schweisser() with { Title = "Schweißer (m/w/d) WIG" }, TestVacancies.Soudeur()], Token);
        await store.ExpireMissingAsync("uwv", new HashSet<string>(StringComparer.Ordinal), Token);

        var changes = await ReadAllChangesAsync(store, checkpoint, 100);
        Assert.Equal(["42", "1"], changes.Select(c => c.Vacancy.Id));
        Assert.Equal(VacancyStatus.Expired, changes[1].Status);
        var everything = await ReadAllChangesAsync(store, 0, 100);
        Assert.Equal(["liege-7", "42", "1"], everything.Select(c => c.Vacancy.Id));
    }

    [Fact]
    public async Task ReadChanges_NonPositiveLimit_Throws()
    {
        var store = CreateStore(Time);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ReadAllChangesAsync(store, 0, 0));
    }
}
