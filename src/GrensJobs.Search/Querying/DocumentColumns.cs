using GrensJobs.Search.Indexing;

namespace GrensJobs.Search.Querying;

/// <summary>
/// A document's numbers that a search reads for every match, together in 32 bytes: at 1M, where the columns do not
/// fit the caches, a match costs one or two cache lines instead of one per column.
/// </summary>
/// <param name="Facets">The packed <see cref="FacetCodes"/>.</param>
/// <param name="Cluster">The hash of its dedup cluster (<see cref="VacancyDocument.ClusterOf"/>).</param>
/// <param name="Ranges">Hours and salary as packed by <see cref="VacancyDocument.PackRanges"/>.</param>
/// <param name="Posted">The posted day number.</param>
/// <param name="Joined">Whether the vacancy joined another vacancy's dedup cluster.</param>
internal readonly record struct DocumentColumns(long Facets, long Cluster, long Ranges, int Posted, bool Joined);

