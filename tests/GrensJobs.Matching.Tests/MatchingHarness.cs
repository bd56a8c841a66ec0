using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;
using GrensJobs.Matching.Profiles;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Matching.Tests;

/// <summary>A temporary data directory with the real store, vacancy index, profile store and matchers, on a fixed day.</summary>
internal sealed class MatchingHarness : IDisposable
{
    private static readonly Lazy<VacancyNormaliser> SharedNormaliser = new(() => VacancyNormaliser.Load(Seeds.DefaultDirectory));
    private static readonly Lazy<VacancyAnalyzers> SharedAnalyzers = new(() => new VacancyAnalyzers());
    private readonly ServiceProvider _services;

    public MatchingHarness(IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(DataDirectory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(SharedNormaliser.Value);
        services.AddLogging();
        services.AddStore(DataDirectory);
        services.AddMatching(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Index = VacancyIndex.OpenWriter(Path.Combine(DataDirectory, "index", "vacancies"), SharedAnalyzers.Value);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grensjobs-matching-tests", Guid.NewGuid().ToString("N"));

    public VacancyIndex Index { get; }

    public IVacancyStore Vacancies => _services.GetRequiredService<IVacancyStore>();

    public IProfileStore Profiles => _services.GetRequiredService<IProfileStore>();

    public IAuditLog Audit => _services.GetRequiredService<IAuditLog>();

    public static VacancyNormaliser Normaliser => SharedNormaliser.Value;

    public static string FixturePath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public VacancyMatcher VacancyMatcher => _services.GetRequiredService<VacancyMatcher>();

    public ProfileMatcher ProfileMatcher => _services.GetRequiredService<ProfileMatcher>();

    public ProfileIndex ProfileIndex => _services.GetRequiredService<ProfileIndex>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Normalises raw vacancy JSON lines, stores them and catches the index up, as <c>import</c> does.</summary>
    public async Task ImportVacanciesAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var vacancies = lines.Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(line => SharedNormaliser.Value.Normalise(RawVacancyReader.Read(line).Vacancy ?? throw new InvalidDataException(line)))
            .ToList();
        await Vacancies.UpsertAsync(vacancies, cancellationToken);
        await IndexCatchUp.RunAsync(Index, Vacancies, progress: null, cancellationToken);
    }

    /// <summary>Reads canonical profile JSON lines, normalises and stores them, as <c>profiles import</c> does.</summary>
    public async Task<IReadOnlyList<NormalisedProfile>> ImportProfilesAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var normaliser = _services.GetRequiredService<ProfileNormaliser>();
        var profiles = lines.Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(line => normaliser.Normalise(ProfileReader.Read(line).Profile ?? throw new InvalidDataException(ProfileReader.Read(line).Error)))
            .ToList();
        await Profiles.UpsertAsync([.. profiles.Select(p => new ProfileToStore(p, "grensjobs"))], "test", cancellationToken);
        return profiles;
    }

    /// <summary>Reads and normalises canonical profile JSON lines without storing them.</summary>
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
            // Cleaned up by the OS.
        }
    }
}
