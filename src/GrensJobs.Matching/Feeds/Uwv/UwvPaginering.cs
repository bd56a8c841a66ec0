namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>Paging of the UWV-style feed; <c>pagina</c> counts from 1.</summary>
internal sealed record UwvPaginering
{
    public int? Pagina { get; init; }

    public int? Aantal { get; init; }

    public int? TotaalPaginas { get; init; }

    public long? TotaalAantal { get; init; }
}
