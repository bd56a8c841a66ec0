namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>One page of <c>GET {url}/vacatures?page=&amp;size=</c> (FORMATS-vdab-uwv.md).</summary>
internal sealed record VdabPage
{
    public int? TotaalAantal { get; init; }

    public int? Pagina { get; init; }

    public int? Grootte { get; init; }

    public IReadOnlyList<VdabVacature> Vacatures { get; init; } = [];
}
