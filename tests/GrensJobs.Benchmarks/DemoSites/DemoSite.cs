namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>One demo site: folder name, port offset and which corpus vacancies it takes.</summary>
/// <param name="Id">Folder name under <c>seeds/demo/sites</c> and source id.</param>
/// <param name="Index">Site i is served at http://127.0.0.1:(5091+i)/.</param>
/// <param name="Quota">How many corpus vacancies it takes.</param>
/// <param name="Employer">The fictional employer its pages name, or null to keep the corpus employers (public job board).</param>
/// <param name="Accepts">Which corpus vacancies fit it (country, posting language, region).</param>
internal sealed record DemoSite(string Id, int Index, int Quota, string? Employer, Func<GrensJobs.Corpus.CorpusVacancy, bool> Accepts)
{
    public const int FirstPort = 5091;

    public int Port => FirstPort + Index;

    public string Origin => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}");
}
