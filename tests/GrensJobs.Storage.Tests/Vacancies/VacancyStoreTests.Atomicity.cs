using GrensJobs.Core.Vacancies;

namespace GrensJobs.Storage.Tests.Vacancies;

public abstract partial class VacancyStoreTests
{
    [Fact]
    public async Task Upsert_RowFailsMidBatch_WritesNothingOfTheBatch()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser()], Token);
        var last = await store.GetLastSequenceAsync(Token);
        var batch = TestVacancies.Many(1_000);
        batch[0] = TestVacancies.Schweisser() with { Title = "Schweißer (m/w/d) – geändert" };
        batch[500] = batch[500] with { Title = null! }; // violates NOT NULL after 500 rows were written

        await Assert.ThrowsAnyAsync<Exception>(() => store.UpsertAsync(batch, Token));

        Assert.Equal(new StoreCounts(1, 1, 0), await store.CountAsync(Token));
        Assert.Equal(last, await store.GetLastSequenceAsync(Token));
        Assert.Null(await store.GetAsync("uwv", "v0", Token));
        Assert.Equal("Schweißer (m/w/d) MIG/MAG", (await store.GetAsync("mueller-gmbh", "42", Token))?.Vacancy.Title);
    }

    [Fact]
    public async Task Upsert_CancelledMidBatch_WritesNothingAndStoreStaysUsable()
    {
        var store = CreateStore(Time);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var batch = new CancellingList(TestVacancies.Many(1_000), cancelAtIndex: 600, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(batch, cancellation.Token));

        Assert.Equal(new StoreCounts(0, 0, 0), await store.CountAsync(Token));
        Assert.Equal(0, await store.GetLastSequenceAsync(Token));
        var summary = await store.UpsertAsync(TestVacancies.Many(1_000), Token);
        Assert.Equal(1_000, summary.New);
        Assert.Equal(1_000, await store.GetLastSequenceAsync(Token));
    }

    [Fact]
    public async Task Upsert_TwoStoresOnSameStorageWriteConcurrently_AllWritesSucceed()
    {
        var first = CreateStore(Time);
        var second = CreateStore(Time);
        await first.CountAsync(Token);
        await second.CountAsync(Token);

        async Task<int> WriteAsync(IVacancyStore store, string source)
        {
            var written = 0;
            for (var round = 0; round < 10; round++)
            {
                var summary = await store.UpsertAsync(
                    TestVacancies.Many(200, source, prefix: $"r{round}-"), Token);
                written += summary.New;
            }

            return written;
        }

        var results = await Task.WhenAll(
            Task.Run(() => WriteAsync(first, "uwv"), Token),
            Task.Run(() => WriteAsync(second, "arbeitsagentur"), Token));

        Assert.Equal([2_000, 2_000], results);
        Assert.Equal(new StoreCounts(4_000, 4_000, 0), await first.CountAsync(Token));
        var changes = await ReadAllChangesAsync(second, 0, 10_000);
        Assert.Equal(Enumerable.Range(1, 4_000).Select(i => (long)i), changes.Select(c => c.Sequence));
    }

    /// <summary>A batch that cancels its token when a given element is read, as a Ctrl-C midway would.</summary>
    private sealed class CancellingList(List<Vacancy> items, int cancelAtIndex, CancellationTokenSource cancellation)
        : IReadOnlyList<Vacancy>
    {
        public int Count => items.Count;

        public Vacancy this[int index]
        {
            get
            {
                if (index == cancelAtIndex)
                {
                    cancellation.Cancel();
                }

                return items[index];
            }
        }

        public IEnumerator<Vacancy> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
