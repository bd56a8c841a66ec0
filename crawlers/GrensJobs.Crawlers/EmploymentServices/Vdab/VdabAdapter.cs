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

    private static readonly PagedJsonFeed<IVdabApi, VdabPage, VdabVacature> Format = new()
    {
        Feed = "VDAB",
        Page = (api, number, size, cancellationToken) => api.PageAsync(number, size, cancellationToken),
        DefaultPageSize = DefaultPageSize,
        MaxPageSize = MaxPageSize,
        Items = page => page.Vacatures,
        PageSize = page => page.Grootte,
        Total = page => page.TotaalAantal,
        IsOpen = (vacature, context) => VdabMapper.IsOpen(vacature, context.Today),
        Map = VdabMapper.Map,
        Unmappable = "a vacature without vacaturenummer or functie.titel",
    };

    public string Kind => SourceKinds.Vdab;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => Format.Validate(definition);

    public IAsyncEnumerable<RawVacancy> ReadAsync(SourceReadContext context, CancellationToken cancellationToken) =>
        Format.ReadAsync(context, cancellationToken);
}
