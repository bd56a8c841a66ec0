using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Normalisation.Places;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests;

/// <summary>
/// A vacancy index in a temporary directory, filled directly (no store): hand-written raw vacancies go through the
/// real normaliser, become <see cref="StoredVacancy"/> objects and are applied, committed and refreshed.
/// </summary>
internal sealed class IndexedVacancies : IDisposable
{
    private static readonly Lazy<VacancyNormaliser> SharedNormaliser =
        new(() => VacancyNormaliser.Load(Seeds.DefaultDirectory), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<VacancyAnalyzers> SharedAnalyzers =
        new(() => new VacancyAnalyzers(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<VacancySearcher> SharedSearcher =
        new(() => new VacancySearcher(SharedNormaliser.Value, SharedAnalyzers.Value, options: SharedSearch.GenerousBudget), LazyThreadSafetyMode.ExecutionAndPublication);

    public static readonly DateTimeOffset Today = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("grensjobs-search-").FullName;
    private readonly List<StoredVacancy> _pending = [];
    private long _sequence;

    public IndexedVacancies()
    {
        Index = VacancyIndex.OpenWriter(Path.Combine(_directory, "vacancies"), SharedAnalyzers.Value);
    }

    public static VacancyNormaliser Normaliser => SharedNormaliser.Value;

    public static VacancyAnalyzers Analyzers => SharedAnalyzers.Value;

    public VacancyIndex Index { get; }

    /// <summary>Normalises <paramref name="raw"/> (source "test" and a 2026-11 posting date unless given).</summary>
    public static Vacancy Normalise(RawVacancy raw) =>
        Normaliser.Normalise(raw with { Source = raw.Source ?? "test", Posted = raw.Posted ?? new DateOnly(2026, 11, 2) });

    /// <summary>A place for <c>--near</c>, resolved like the command line does.</summary>
    public static ResolvedPlace Place(string name, string? country = null) =>
        Normaliser.FindPlace(name, country) ?? throw new InvalidOperationException($"No place {name}.");

    /// <summary>Queues a vacancy; <see cref="Commit"/> makes it searchable.</summary>
    public Vacancy Add(Vacancy vacancy, VacancyStatus status = VacancyStatus.Open, string? cluster = null, DateTimeOffset? firstSeen = null)
    {
        var seen = firstSeen ?? Today.AddDays(-_pending.Count);
        _pending.Add(new StoredVacancy(
            vacancy, status, seen, Today, status == VacancyStatus.Expired ? Today : null, cluster, ++_sequence));
        return vacancy;
    }

    public Vacancy Add(RawVacancy raw, VacancyStatus status = VacancyStatus.Open, string? cluster = null, DateTimeOffset? firstSeen = null) =>
        Add(Normalise(raw), status, cluster, firstSeen);

    /// <summary>Applies, commits and refreshes everything queued.</summary>
    public IndexedVacancies Commit()
    {
        Index.Apply([.. _pending]);
        _pending.Clear();
        Index.Commit(_sequence);
        Index.Refresh();
        return this;
    }

    public SearchResponse Search(SearchRequest request) => SharedSearcher.Value.Search(Index, request);

    /// <summary>Searches with a searcher of the test's own (other settings than the shared one).</summary>
    public SearchResponse Search(VacancySearcher searcher, SearchRequest request) => searcher.Search(Index, request);

    /// <summary>The ids of the results, in order.</summary>
    public IReadOnlyList<string> Ids(SearchRequest request) => [.. Search(request).Results.Select(r => r.Id)];

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
