using System.Globalization;
using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>
/// Reads a UWV-style feed of HR-Open <c>PositionOpening</c>s (FORMATS-vdab-uwv.md): JSON pages
/// <c>GET {url}/position-openings?page=&amp;pageSize=</c> (page from 1, <c>size</c> setting, default 100). Only
/// openings with status Open and a posting that has not ended are yielded.
/// </summary>
public sealed class UwvAdapter : ISourceAdapter
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    private const string Feed = "UWV";

    public string Kind => SourceKinds.Uwv;

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
            var url = JsonFeedPage.Combine(definition.Url, "position-openings",
                string.Create(CultureInfo.InvariantCulture, $"page={number}&pageSize={size}"));
            var page = await JsonFeedPage.GetAsync<UwvPage>(context, Feed, url, number == 1, cancellationToken)
                .ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            foreach (var opening in page.PositionOpenings)
            {
                if (UwvMapper.Profile(opening, definition.Language) is not { } profile
                    || !UwvMapper.IsOpen(opening, profile, context.Today))
                {
                    continue;
                }

                if (UwvMapper.Map(opening, profile, definition) is not { } vacancy)
                {
                    context.ReportProblem($"{Feed} page {url}: a position opening without documentId.value or positionTitle was skipped.");
                }
                else if (seen.Add(vacancy.Id!))
                {
                    yield return vacancy;
                }
            }

            if (JsonFeedPage.IsLastPage(number, page.Paging?.PageSize ?? size, page.PositionOpenings.Count, page.Paging?.TotalCount))
            {
                yield break;
            }
        }
    }
}
