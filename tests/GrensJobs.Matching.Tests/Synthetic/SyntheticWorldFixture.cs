using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;
using GrensJobs.Corpus;
using GrensJobs.Matching.Profiles;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Matching.Tests.Synthetic;

/// <summary>
/// A small synthetic border labour market, as the match benchmark builds it at scale: 2,000 synthetic vacancies
/// normalised and indexed, 400 synthetic canonical profiles read, normalised, stored in a SQLite store and loaded
/// into the private profile index from it. Built once for the tests that share it; deleted afterwards.
/// </summary>
public sealed class SyntheticWorldFixture : IAsyncLifetime
{
    public const int VacancyCount = 2_000;
    public const int ProfileCount = 400;
    public const int Seed = 7;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "grensjobs-matching-tests-" + Guid.NewGuid().ToString("N"));
    private readonly VacancyAnalyzers analyzers = new();
    private ServiceProvider? services;
    private VacancyIndex? index;

    public VacancyNormaliser Normaliser { get; } = VacancyNormaliser.Load(Seeds.DefaultDirectory);

    /// <summary>A Monday in the weeks the synthetic vacancies are posted.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    public IReadOnlyList<string> ProfileLines { get; private set; } = [];

    public IReadOnlyList<NormalisedProfile> Profiles { get; private set; } = [];

    public VacancyIndex Index => index ?? throw new InvalidOperationException("the fixture is not initialised");

    public ProfileIndex ProfileIndex { get; private set; } = null!;

    public VacancyMatcher VacancyMatcher => new(Normaliser, Options.Create(new MatchingOptions()), Time);

    public ProfileMatcher ProfileMatcher => new(Normaliser, Options.Create(new MatchingOptions()), Time);

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(directory);
        var indexDirectory = Path.Combine(directory, "index");
        var firstSeen = Time.GetUtcNow();
        var vacancies = SyntheticCorpus.RawVacancyLines(VacancyCount, Seed, Seeds.DefaultDirectory)
            .Select(line => Normaliser.Normalise(RawVacancyReader.Read(line).Vacancy!))
            .Select((vacancy, i) => new StoredVacancy(vacancy, VacancyStatus.Open, firstSeen, firstSeen, null, null, i + 1))
            .ToList();
        using (var writer = VacancyIndex.OpenWriter(indexDirectory, analyzers))
        {
            writer.Apply(vacancies, append: true);
            writer.Commit(vacancies.Count);
        }

        index = VacancyIndex.OpenWriter(indexDirectory, analyzers);

        ProfileLines = [.. SyntheticProfiles.ProfileLines(ProfileCount, Seed, Seeds.DefaultDirectory)];
        var normaliser = new ProfileNormaliser(Normaliser);
        Profiles = [.. ProfileLines.Select(line => normaliser.Normalise(ProfileReader.Read(line).Profile!))];
        services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Time)
            .AddStore(Path.Combine(directory, "data")).BuildServiceProvider();
        var store = services.GetRequiredService<IProfileStore>();
        await store.UpsertAsync([.. Profiles.Select(p => new ProfileToStore(p, "grensjobs"))], "tests", cancellationToken);
        ProfileIndex = new ProfileIndex(Normaliser);
        await ProfileIndex.CatchUpAsync(store, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        index?.Dispose();
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        analyzers.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
