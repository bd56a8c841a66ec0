using System.Globalization;
using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using Refit;

namespace GrensJobs.Crawlers.EmploymentServices;

/// <summary>
/// A page-numbered JSON feed (FORMATS-vdab-uwv.md) read through its Refit client <typeparamref name="TApi"/>, from page
/// 1 with the <c>size</c> setting until <see cref="JsonFeedPage.IsLastPage"/>. The first page failing fails the run; a
/// later one is a problem (partial run) and ends the paging; JSON that does not parse always fails. Closed items are
/// left out silently; open items that do not map are reported; vacancies are yielded once per id.
/// </summary>
internal sealed class PagedJsonFeed<TApi, TPage, TItem>
    where TPage : class
{
    /// <summary>The feed's name in problems and errors (UWV, VDAB).</summary>
    public required string Feed { get; init; }

    /// <summary>Asks the client for a page, by its number (from 1) and the page size.</summary>
    public required Func<TApi, int, int, CancellationToken, Task<IApiResponse<TPage>>> Page { get; init; }

    public required int DefaultPageSize { get; init; }

    public required int MaxPageSize { get; init; }

    public required Func<TPage, IReadOnlyList<TItem>> Items { get; init; }

    /// <summary>The page size the page states, if any.</summary>
    public required Func<TPage, int?> PageSize { get; init; }

    /// <summary>The total the page states, if any.</summary>
    public required Func<TPage, long?> Total { get; init; }

    public required Func<TItem, SourceReadContext, bool> IsOpen { get; init; }

    /// <summary>The vacancy of an open item, or null when it lacks what a vacancy needs.</summary>
    public required Func<TItem, SourceDefinition, RawVacancy?> Map { get; init; }

    /// <summary>What an item that does not map lacks, for the problem report.</summary>
    public required string Unmappable { get; init; }

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<SourceProblem>();
        _ = JsonFeedPage.PageSize(definition, DefaultPageSize, MaxPageSize, problems);
        return problems;
    }

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Definition;
        var size = JsonFeedPage.PageSize(definition, DefaultPageSize, MaxPageSize, problems: null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (http, api) = RefitFeed.Create<TApi>(context.Fetcher, definition.Url, RefitFeed.Web);
        using var client = http;
        for (var number = 1; ; number++)
        {
            var url = string.Create(CultureInfo.InvariantCulture, $"{definition.Url} (page {number})");
            var page = await PageAsync(api, number, size, context, url, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            var items = Items(page);
            foreach (var item in items)
            {
                if (!IsOpen(item, context))
                {
                    continue;
                }

                if (Map(item, definition) is not { } vacancy)
                {
                    context.ReportProblem($"{Feed} page {url}: {Unmappable} was skipped.");
                }
                else if (seen.Add(vacancy.Id!))
                {
                    yield return vacancy;
                }
            }

            if (JsonFeedPage.IsLastPage(number, PageSize(page) ?? size, items.Count, Total(page)))
            {
                yield break;
            }
        }
    }

    private async Task<TPage?> PageAsync(
        TApi api, int number, int size, SourceReadContext context, string url, CancellationToken cancellationToken)
    {
        using var response = await RefitFeed.SendAsync(() => Page(api, number, size, cancellationToken), context.Definition.Url)
            .ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var message = $"{Feed} page {url}: {RefitFeed.Status(response)}.";
            if (number == 1)
            {
                throw new InvalidDataException(message);
            }

            context.ReportProblem(message + " The pages after it were not read.");
            return null;
        }

        if (response.Error is { } unreadable)
        {
            throw new InvalidDataException(
                $"{Feed} page {url}: not valid {Feed} JSON ({unreadable.InnerException?.Message ?? unreadable.Message}).", unreadable);
        }

        return response.Content ?? throw new InvalidDataException($"{Feed} page {url}: the body is JSON null.");
    }
}
