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

    private static readonly PagedJsonFeed<IUwvApi, UwvPage, UwvPositionOpening> Format = new()
    {
        Feed = "UWV",
        Page = (api, number, size, cancellationToken) => api.PageAsync(number, size, cancellationToken),
        DefaultPageSize = DefaultPageSize,
        MaxPageSize = MaxPageSize,
        Items = page => page.PositionOpenings,
        PageSize = page => page.Paging?.PageSize,
        Total = page => page.Paging?.TotalCount,
        IsOpen = (opening, context) => UwvMapper.Profile(opening, context.Definition.Language) is { } profile
            && UwvMapper.IsOpen(opening, profile, context.Today),
        Map = (opening, definition) => UwvMapper.Profile(opening, definition.Language) is { } profile
            ? UwvMapper.Map(opening, profile, definition)
            : null,
        Unmappable = "a position opening without documentId.value or positionTitle",
    };

    public string Kind => SourceKinds.Uwv;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => Format.Validate(definition);

    public IAsyncEnumerable<RawVacancy> ReadAsync(SourceReadContext context, CancellationToken cancellationToken) =>
        Format.ReadAsync(context, cancellationToken);
}
