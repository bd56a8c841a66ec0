using System.Diagnostics;
using GrensJobs.Core.Profiles;
using GrensJobs.Corpus;
using GrensJobs.Matching.Profiles;
using GrensJobs.Normalisation;
using GrensJobs.Storage;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// The <c>match</c> benchmark's jobseekers as the product holds them: <see cref="SyntheticProfiles"/> lines read by
/// the strict <see cref="ProfileReader"/>, normalised by <see cref="ProfileNormaliser"/> (the occupation linker for
/// titles, the place seeds for homes) on every core, upserted into a fresh SQLite store in a temporary data
/// directory in batches of 1,000, and loaded into the private <see cref="ProfileIndex"/> from the store's change
/// sequence, as <c>match --vacancy</c> and serve do. The directory is deleted on dispose.
/// </summary>
internal sealed class BenchmarkProfiles : IAsyncDisposable
{
    private const int Batch = 1_000;
    private const int ChunkSize = 10_000;

    private readonly ServiceProvider services;
    private readonly string dataDirectory;
    private readonly ProfileNormaliser normaliser;

    public BenchmarkProfiles(string dataDirectory, VacancyNormaliser vacancyNormaliser)
    {
        this.dataDirectory = dataDirectory;
        services = new ServiceCollection().AddLogging().AddStore(dataDirectory).BuildServiceProvider();
        normaliser = new ProfileNormaliser(vacancyNormaliser);
        Index = new ProfileIndex(vacancyNormaliser);
    }

    /// <summary>The private profile index, loaded by <see cref="IndexAsync"/>.</summary>
    public ProfileIndex Index { get; }

    private IProfileStore Store => services.GetRequiredService<IProfileStore>();

    /// <summary>Generates, reads and normalises <paramref name="count"/> profiles chunk by chunk and stores each chunk.</summary>
    public async Task<ProfileLoad> LoadAsync(int count, int seed, CancellationToken cancellationToken)
    {
        var normalising = TimeSpan.Zero;
        var storing = TimeSpan.Zero;
        var unresolvedOccupations = 0;
        var occupations = 0;
        var unresolvedHomes = 0;
        foreach (var chunk in SyntheticProfiles.ProfileLines(count, seed, Seeds.DefaultDirectory).Chunk(ChunkSize))
        {
            var clock = Stopwatch.StartNew();
            var normalised = new NormalisedProfile[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var read = ProfileReader.Read(chunk[i]);
                normalised[i] = normaliser.Normalise(read.Profile
                    ?? throw new InvalidDataException($"synthetic profile {i} is unreadable: {read.Error}"));
            });
            normalising += clock.Elapsed;
            occupations += normalised.Sum(p => p.Occupations.Count);
            unresolvedOccupations += normalised.Sum(p => p.Occupations.Count(o => !o.IsResolved));
            unresolvedHomes += normalised.Count(p => p.Home is null);

            clock.Restart();
            foreach (var batch in normalised.Chunk(Batch))
            {
                await Store.UpsertAsync([.. batch.Select(p => new ProfileToStore(p, "grensjobs"))], "benchmark", cancellationToken);
            }

            storing += clock.Elapsed;
        }

        return new ProfileLoad(normalising, storing, occupations, unresolvedOccupations, unresolvedHomes);
    }

    /// <summary>Loads the private index from the store's change sequence; returns how long it took.</summary>
    public async Task<TimeSpan> IndexAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await Index.CatchUpAsync(Store, cancellationToken);
        return clock.Elapsed;
    }

    /// <summary>Every stored profile, as the store returns them (the exhaustive direction scores these).</summary>
    public async Task<IReadOnlyList<NormalisedProfile>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var everyone = new List<NormalisedProfile>();
        long after = 0;
        while (true)
        {
            var changes = await Store.ReadChangesAsync(after, 5_000, cancellationToken);
            everyone.AddRange(changes.Changed.Select(c => c.Profile));
            if (changes.Changed.Count == 0 || changes.LastSequence <= after)
            {
                return everyone;
            }

            after = changes.LastSequence;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
