using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices;

/// <summary>
/// A page-numbered JSON feed (FORMATS-vdab-uwv.md): <c>GET {url}/{Path}?{Query(page, size)}</c> from page 1 with the
/// <c>size</c> setting, until <see cref="JsonFeedPage.IsLastPage"/>. Closed items are left out silently; open items that
/// do not map are reported; vacancies are yielded once per id.
/// </summary>
internal sealed class PagedJsonFeed<TPage, TItem>
    where TPage : class
{
    /// <summary>The feed's name in problems and errors (UWV, VDAB).</summary>
    public required string Feed { get; init; }

    public required string Path { get; init; }

    /// <summary>The query of a page from its number and the page size.</summary>
    public required Func<int, int, string> Query { get; init; }

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
        for (var number = 1; ; number++)
        {
            var url = JsonFeedPage.Combine(definition.Url, Path, Query(number, size));
            var page = await JsonFeedPage.GetAsync<TPage>(context, Feed, url, number == 1, cancellationToken)
                .ConfigureAwait(false);
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
}
