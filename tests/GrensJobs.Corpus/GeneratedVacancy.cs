namespace GrensJobs.Corpus;

/// <summary>
/// One generated raw vacancy: the JSON line (the <c>import</c>/<c>normalise</c> input format) and what the generator
/// meant by it, so tests can check that the normaliser recovers the occupation, place and language.
/// </summary>
/// <param name="Line">The raw vacancy as one JSON line.</param>
/// <param name="Id">The vacancy's id in the line.</param>
/// <param name="EscoUri">The ESCO occupation whose label the title was made from.</param>
/// <param name="Isco">That occupation's ISCO-08 unit group (4 digits).</param>
/// <param name="Place">The place of work (local name).</param>
/// <param name="Country">ISO country code of the place.</param>
/// <param name="Nuts3">NUTS-3 region of the place.</param>
/// <param name="Language">Posting language (nl, de or fr).</param>
/// <param name="RepostOf">Id of the vacancy this one re-publishes from another source, or null.</param>
public sealed record GeneratedVacancy(
    string Line, string Id, string EscoUri, string Isco, string Place, string Country, string Nuts3, string Language, string? RepostOf);
