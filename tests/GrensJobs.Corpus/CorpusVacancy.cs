namespace GrensJobs.Corpus;

/// <summary>
/// One generated vacancy with structured access to what it says, for tools that render it in another format (the
/// demo sites write HTML pages and feeds from it). The description is the HTML of the raw-vacancy line; it names
/// <see cref="Employer"/> and <see cref="Place"/>.
/// </summary>
/// <param name="Id">The vacancy's id in the raw line.</param>
/// <param name="Title">Employer-style title (gender marker, seniority and place words as generated).</param>
/// <param name="DescriptionHtml">HTML description of 2–5 KB with language requirements, hours, contract and salary.</param>
/// <param name="Employer">The (fictional) employer the description names.</param>
/// <param name="Place">The place of work (local name).</param>
/// <param name="PostalCode">The place's postal code, or null where the seeds have none.</param>
/// <param name="Country">ISO country code of the place.</param>
/// <param name="Lat">Latitude of the place.</param>
/// <param name="Lon">Longitude of the place.</param>
/// <param name="Nuts3">NUTS-3 region of the place.</param>
/// <param name="Language">Posting language (nl, de or fr).</param>
/// <param name="EscoUri">The ESCO occupation meant.</param>
/// <param name="Isco">That occupation's ISCO-08 unit group.</param>
/// <param name="FullTime">Whether the job is full-time.</param>
/// <param name="HoursMin">Fewest weekly hours the description states.</param>
/// <param name="HoursMax">Most weekly hours the description states.</param>
/// <param name="Salary">The salary the description states, or null when it states none.</param>
/// <param name="RepostOf">Id of the vacancy this one re-publishes from another source, or null.</param>
public sealed record CorpusVacancy(
    string Id,
    string Title,
    string DescriptionHtml,
    string Employer,
    string Place,
    string? PostalCode,
    string Country,
    double Lat,
    double Lon,
    string Nuts3,
    string Language,
    string EscoUri,
    string Isco,
    bool FullTime,
    int HoursMin,
    int HoursMax,
    CorpusSalary? Salary,
    string? RepostOf);
