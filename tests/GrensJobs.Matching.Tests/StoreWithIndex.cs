using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;
using GrensJobs.Matching.Profiles;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Matching.Tests;

/// <summary>
/// A temporary data directory with a real SQLite store and the vacancy index following it, filled as the verbs fill
/// them: raw vacancies and canonical profiles (JSON lines) through the real normalisers, upserted, the index caught up.
/// </summary>
internal sealed class StoreWithIndex : IDisposable
{
    private static readonly Lazy<VacancyNormaliser> SharedNormaliser = new(() => VacancyNormaliser.Load(Seeds.DefaultDirectory));
    private static readonly Lazy<VacancyAnalyzers> SharedAnalyzers = new(() => new VacancyAnalyzers());

    private readonly ServiceProvider _services;

    public StoreWithIndex()
    {
        Directory.CreateDirectory(DataDirectory);
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddStore(DataDirectory);
        _services = services.BuildServiceProvider();
        Vacancies = _services.GetRequiredService<IVacancyStore>();
        Profiles = _services.GetRequiredService<IProfileStore>();
        Index = VacancyIndex.OpenWriter(Path.Combine(DataDirectory, "index", "vacancies"), SharedAnalyzers.Value);
    }

    public static VacancyNormaliser Normaliser => SharedNormaliser.Value;

    public static string FixturePath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grensjobs-matching-tests", Guid.NewGuid().ToString("N"));

    public IVacancyStore Vacancies { get; }

    public IProfileStore Profiles { get; }

    public IAuditLog Audit => _services.GetRequiredService<IAuditLog>();

    public VacancyIndex Index { get; }

    /// <summary>Normalises raw vacancies (JSON lines), upserts them and catches the index up, as <c>import</c> does.</summary>
    public async Task ImportVacanciesAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var vacancies = lines.Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(line => Normaliser.Normalise(RawVacancyReader.Read(line).Vacancy ?? throw new InvalidDataException(line)))
            .ToList();
        await Vacancies.UpsertAsync(vacancies, cancellationToken);
        await IndexCatchUp.RunAsync(Index, Vacancies, progress: null, cancellationToken);
    }

    /// <summary>Reads and resolves canonical profiles (JSON lines), as <c>profiles import --format grensjobs</c> does.</summary>
    public static List<NormalisedProfile> ReadProfiles(IEnumerable<string> lines)
    {
        var normaliser = new ProfileNormaliser(Normaliser);
        return [.. lines.Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(line => normaliser.Normalise(ProfileReader.Read(line).Profile ?? throw new InvalidDataException(line)))];
    }

    public async Task ImportProfilesAsync(IEnumerable<NormalisedProfile> profiles, CancellationToken cancellationToken) =>
        await Profiles.UpsertAsync([.. profiles.Select(p => new ProfileToStore(p, "grensjobs"))], "cli:test", cancellationToken);

    public void Dispose()
    {
        Index.Dispose();
        _services.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped on some platforms; the temp directory is cleaned up by the OS.
        }
    }
}
