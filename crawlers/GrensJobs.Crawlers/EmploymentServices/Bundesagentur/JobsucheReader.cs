using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using Refit;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>
/// One run over the Jobsuche API: reads the query page by page, partitions it by facets while it reports more than
/// <see cref="ResultCap"/> results, de-duplicates by refnr and enriches every item with its details. All requests
/// share one gate, so at most <c>maxParallelRequests</c> are in flight.
/// </summary>
internal sealed class JobsucheReader(IJobsucheApi api, SourceReadContext context, bool useV6List, int maxParallelRequests)
    : IDisposable
{
    /// <summary>size × page may not pass this (HTTP 400 beyond).</summary>
    public const int ResultCap = 10_000;

    public const int PageSize = 100;

    /// <summary>Share of a split query's results its partitions must hold (listings move while they are read).</summary>
    public const double MinPartitionCoverage = 0.98;

    private readonly SemaphoreSlim gate = new(maxParallelRequests, maxParallelRequests);
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        JobsucheQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var items in ReadPartitionAsync(query, 0, new PartitionTally(), cancellationToken).ConfigureAwait(false))
        {
            var fresh = new List<JobsucheListItem>();
            foreach (var item in items)
            {
                if (item.ReferenceNumber is not { Length: > 0 } refnr || item.Title is not { Length: > 0 })
                {
                    context.ReportProblem($"Bundesagentur: a list item of {query.Describe()} has no refnr or title and was skipped.");
                }
                else if (seen.Add(refnr))
                {
                    fresh.Add(item);
                }
            }

            var details = await Task.WhenAll(fresh.Select(item => DetailAsync(item.ReferenceNumber!, cancellationToken)))
                .ConfigureAwait(false);
            for (var i = 0; i < fresh.Count; i++)
            {
                if (JobsucheMapper.Map(fresh[i], details[i], context.Definition) is { } vacancy)
                {
                    yield return vacancy;
                }
            }
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>
    /// One query's pages; when it has more results than the cap, its facet partitions instead. Adds its own result
    /// count to <paramref name="parent"/>, so the parent can tell whether its partitions covered it.
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<JobsucheListItem>> ReadPartitionAsync(
        JobsucheQuery query, int level, PartitionTally parent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = await PageAsync(query, 1, isRoot: level == 0, cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            yield break;
        }

        var total = first.MaxErgebnisse ?? first.Items.Count;
        parent.Results += total;
        if (total > ResultCap)
        {
            var (children, nextLevel) = Split(query, level);
            if (children.Count > 0)
            {
                var parts = new PartitionTally();
                foreach (var child in children)
                {
                    await foreach (var items in ReadPartitionAsync(child, nextLevel, parts, cancellationToken).ConfigureAwait(false))
                    {
                        yield return items;
                    }
                }

                // Facet values need not cover every job (one with no working-time model, say): if the parts hold
                // clearly fewer than the whole, the listing was not read completely and nothing may expire.
                if (parts.Results < total * MinPartitionCoverage)
                {
                    context.ReportProblem(string.Create(CultureInfo.InvariantCulture,
                        $"Bundesagentur: the partitions of {query.Describe()} hold {parts.Results} of its {total} results; the rest cannot be listed."));
                }

                yield break;
            }

            context.ReportProblem(
                $"Bundesagentur: {total} results for {query.Describe()} exceed the cap of {ResultCap} even when partitioned by every facet; only the first {ResultCap} were read.");
        }

        yield return first.Items;
        var lastPage = (int)((Math.Min(total, ResultCap) + PageSize - 1) / PageSize);
        var previousCount = first.Items.Count;
        for (var page = 2; page <= lastPage && previousCount >= PageSize; page++)
        {
            var next = await PageAsync(query, page, isRoot: false, cancellationToken).ConfigureAwait(false);
            if (next is null || next.Items.Count == 0)
            {
                yield break;
            }

            previousCount = next.Items.Count;
            yield return next.Items;
        }
    }

    /// <summary>The partitions of the first facet level at or after <paramref name="level"/> that splits the query.</summary>
    private static (IReadOnlyList<JobsucheQuery> Children, int NextLevel) Split(JobsucheQuery query, int level)
    {
        for (var index = level; index < JobsucheFacet.Levels.Count; index++)
        {
            var children = JobsucheFacet.Levels[index].Split(query);
            if (children.Count > 0)
            {
                return (children, index + 1);
            }
        }

        return ([], JobsucheFacet.Levels.Count);
    }

    private async Task<JobsucheSearchResponse?> PageAsync(
        JobsucheQuery query, int page, bool isRoot, CancellationToken cancellationToken)
    {
        var what = $"Bundesagentur list page {page} of {query.Describe()}";
        using var response = await SendAsync(
            () => useV6List
                ? api.SearchV6Async(query, page, PageSize, cancellationToken)
                : api.SearchV4Async(query, page, PageSize, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode && response.Error is { } unreadable)
        {
            throw new InvalidDataException(
                $"{what}: the response is not valid Jobsuche JSON ({unreadable.InnerException?.Message ?? unreadable.Message}).",
                unreadable);
        }

        if (!response.IsSuccessStatusCode)
        {
            var message = $"{what}: {Status(response)}.";
            if (isRoot && page == 1)
            {
                throw new InvalidDataException(message);
            }

            context.ReportProblem(message + " The rest of this partition was not read.");
            return null;
        }

        return response.Content ?? throw new InvalidDataException($"{what}: the response has no body.");
    }

    private async Task<JobsucheDetail?> DetailAsync(string refnr, CancellationToken cancellationToken)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(refnr));
        try
        {
            using var response = await SendAsync(() => api.GetDetailAsync(encoded, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            if (response.IsSuccessful && response.Content is { } detail)
            {
                return detail;
            }

            var reason = response.IsSuccessStatusCode
                ? $"the response is not valid JSON ({response.Error?.InnerException?.Message ?? "no body"})"
                : Status(response);
            context.ReportProblem($"Bundesagentur detail of {refnr}: {reason}; the list data is kept.");
        }
        catch (FetchFailedException exception)
        {
            context.ReportProblem($"Bundesagentur detail of {refnr}: {exception.Reason}; the list data is kept.");
        }

        return null;
    }

    private static string Status(IApiResponse response) => RefitFeed.Status(response);

    private async Task<T> SendAsync<T>(Func<Task<T>> send, CancellationToken cancellationToken)
        where T : IApiResponse
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RefitFeed.SendAsync(send, context.Definition.Url).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The result counts the partitions of one query report.</summary>
    private sealed class PartitionTally
    {
        public long Results { get; set; }
    }
}
