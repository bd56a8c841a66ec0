using GrensJobs.Core.Vacancies;

namespace GrensJobs.Storage;

/// <summary>
/// The store of record for normalised vacancies: upsert by (source, id), lifecycle (open / expired) and a change
/// sequence that increases across the whole store with every insert or real change, so the search index can follow
/// it. SQLite is the default implementation; a PostgreSQL one passes the same tests.
/// </summary>
public interface IVacancyStore
{
    /// <summary>
    /// Inserts or updates a batch in one transaction (a failure or cancellation writes nothing). Every vacancy is
    /// marked seen now; an expired one that reappears is reopened (unless it is unchanged and its validThrough lies
    /// before today: it stays expired); an unchanged one keeps its change sequence.
    /// </summary>
    Task<UpsertSummary> UpsertAsync(IReadOnlyList<Vacancy> batch, CancellationToken cancellationToken);

    Task<StoredVacancy?> GetAsync(string source, string id, CancellationToken cancellationToken);

    /// <summary>The sources that hold a vacancy with this id (usually one).</summary>
    Task<IReadOnlyList<string>> FindSourcesAsync(string id, CancellationToken cancellationToken);

    /// <summary>Vacancies changed after <paramref name="afterSequence"/>, in sequence order, at most <paramref name="limit"/>.</summary>
    IAsyncEnumerable<StoredVacancy> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The highest change sequence handed out so far (0 for an empty store).</summary>
    Task<long> GetLastSequenceAsync(CancellationToken cancellationToken);

    /// <summary>
    /// After a successful, complete and plausible crawl of <paramref name="source"/>: every open vacancy of that
    /// source not in <paramref name="listedIds"/> becomes expired. Returns how many were expired.
    /// </summary>
    Task<int> ExpireMissingAsync(string source, IReadOnlySet<string> listedIds, CancellationToken cancellationToken);

    /// <summary>Expires every open vacancy whose validThrough lies before <paramref name="today"/>.</summary>
    Task<int> ExpirePastValidThroughAsync(DateOnly today, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);
}
