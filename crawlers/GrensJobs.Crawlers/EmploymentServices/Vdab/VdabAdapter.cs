using System.Globalization;
using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>
/// Reads a VDAB-style vacancy feed (FORMATS-vdab-uwv.md): JSON pages <c>GET {url}/vacatures?page=&amp;size=</c>
/// (page from 1, <c>size</c> setting, default 100). Only open vacatures whose end date has not passed are yielded.
/// </summary>
public sealed class VdabAdapter : ISourceAdapter
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    private const string Feed = "VDAB";

    public string Kind => SourceKinds.Vdab;

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
            var url = JsonFeedPage.Combine(definition.Url, "vacatures",
                string.Create(CultureInfo.InvariantCulture, $"page={number}&size={size}"));
            var page = await JsonFeedPage.GetAsync<VdabPage>(context, Feed, url, number == 1, cancellationToken)
                .ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            foreach (var vacature in page.Vacatures)
            {
                if (!VdabMapper.IsOpen(vacature, context.Today))
                {
                    continue;
                }

                if (VdabMapper.Map(vacature, definition) is not { } vacancy)
                {
                    context.ReportProblem($"{Feed} page {url}: a vacature without vacaturenummer or functie.titel was skipped.");
                }
                else if (seen.Add(vacancy.Id!))
                {
                    yield return vacancy;
                }
            }

            if (JsonFeedPage.IsLastPage(number, page.Grootte ?? size, page.Vacatures.Count, page.TotaalAantal))
            {
                yield break;
            }
        }
    }
}
