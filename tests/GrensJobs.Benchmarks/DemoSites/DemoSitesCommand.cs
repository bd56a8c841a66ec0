using System.Globalization;
using GrensJobs.Corpus;
using GrensJobs.Normalisation;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>
/// <c>demo-sites [--out seeds/demo/sites] [--seed S]</c>: writes the six fictional employer sites and feeds that
/// <c>serve --demo</c> serves on loopback (site i on port 5091+i). Deterministic: the same seed gives the same bytes.
/// </summary>
internal static class DemoSitesCommand
{
    public const string DefaultOutput = "seeds/demo/sites";

    private static readonly string[] Technical = ["21", "31", "71", "72", "74", "81", "82", "93", "83", "75"];
    private static readonly string[] Metal = ["21", "31", "72", "71", "74", "81", "82", "93"];
    private static readonly string[] Care = ["22", "32", "53", "51", "91", "41", "26", "34", "96", "24"];
    private static readonly string[] Logistics = ["832", "833", "834", "933", "932", "432", "723", "431"];

    /// <summary>German districts on the Dutch or Belgian border (NUTS-3).</summary>
    private static readonly string[] GermanBorderDistricts =
        ["DE949", "DE94B", "DE94C", "DEA1B", "DEA1E", "DEA1F", "DEA26", "DEA28", "DEA29", "DEA2D", "DEA34", "DEA37", "DEB23"];

    public static readonly IReadOnlyList<DemoSite> Sites =
    [
        new("venlo-techniek", 0, 49, "Maasdal Techniek B.V.",
            v => v.Country == "NL" && v.Language == "nl" && v.Nuts3 is "NL421" or "NL422" or "NL413" or "NL414" && Is(v, Technical)),
        new("kleve-metall", 1, 45, "Reichswald Metallbau GmbH",
            v => v.Country == "DE" && v.Language == "de" && v.Nuts3 is "DEA1B" or "DEA1F" or "DEA1E" or "DEA14" or "DEA15" && Is(v, Metal)),
        new("liege-industrie", 2, 48, "Ateliers Mosans SA",
            v => v.Country == "BE" && v.Language == "fr" && v.Nuts3.StartsWith("BE33", StringComparison.Ordinal) && Is(v, Technical)),
        new("hasselt-zorg", 3, 38, "Zorgnet Kempenland vzw",
            v => v.Country == "BE" && v.Language == "nl" && v.Nuts3.StartsWith("BE22", StringComparison.Ordinal) && Is(v, Care)),
        new("emmerich-logistik", 4, 36, "Rheinbogen Logistik GmbH",
            v => v.Country == "DE" && v.Language == "de" && GermanBorderDistricts.Contains(v.Nuts3) && Is(v, Logistics)),
        new("ba-demo", 5, 96, null, v => v.Country == "DE" && v.Language == "de" && GermanBorderDistricts.Contains(v.Nuts3)),
    ];

    public static Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(arguments.OutputDirectory ?? DefaultOutput);
        var jobs = DemoPicker.Pick(Sites, arguments.Seed, Seeds.DefaultDirectory);
        cancellationToken.ThrowIfCancellationRequested();

        var kleve = jobs["kleve-metall"].Select(j => j with { Title = DemoPicker.WithMarker(j.Title, "(m/w/d)") }).ToList();
        var liege = jobs["liege-industrie"].Select(j => j with { Title = DemoPicker.WithMarker(j.Title, "(h/f/x)") }).ToList();
        var emmerich = EmmerichLogistikSite.Place(jobs["emmerich-logistik"]);
        var ba = jobs["ba-demo"].Concat([Republished(kleve[4]), Republished(emmerich[1])]).ToList();

        var written = new List<(DemoSite Site, int Vacancies, SiteFiles Files)>();
        foreach (var site in Sites)
        {
            var folder = Path.Combine(output, site.Id);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var files = new SiteFiles(folder);
            var count = site.Id switch
            {
                "venlo-techniek" => Write(() => VenloTechniekSite.Write(files, site, jobs[site.Id]), jobs[site.Id].Count),
                "kleve-metall" => Write(() => KleveMetallSite.Write(files, site, kleve), kleve.Count),
                "liege-industrie" => Write(() => LiegeIndustrieSite.Write(files, site, liege), liege.Count),
                "hasselt-zorg" => Write(() => HasseltZorgSite.Write(files, site, jobs[site.Id]), jobs[site.Id].Count),
                "emmerich-logistik" => Write(() => EmmerichLogistikSite.Write(files, site, emmerich), emmerich.Count),
                _ => Write(() => BaDemoSite.Write(files, ba), ba.Count),
            };
            written.Add((site, count, files));
        }

        foreach (var (site, vacancies, files) in written)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"demo-sites: {site.Id,-18} {site.Origin}/  {vacancies,3} vacancies  {files.Count,4} files  {files.Bytes / 1024.0,7:F0} KB"));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"demo-sites: {written.Sum(w => w.Vacancies)} vacancies, {written.Sum(w => w.Files.Count)} files, {written.Sum(w => w.Files.Bytes) / 1024.0:F0} KB in {output}"));
        return Task.FromResult(0);
    }

    private static int Write(Action write, int vacancies)
    {
        write();
        return vacancies;
    }

    /// <summary>The same job on the public job board: same employer, title and place, text as plain text with one added line.</summary>
    private static DemoJob Republished(DemoJob job) => job with
    {
        Posted = job.Posted < DemoPicker.Today.AddDays(-2) ? job.Posted.AddDays(2) : DemoPicker.Today,
        DescriptionHtml = job.DescriptionHtml + "\n<p>Bewerbungen bitte auch über die Jobbörse der Bundesagentur für Arbeit möglich.</p>",
    };

    private static bool Is(CorpusVacancy vacancy, string[] iscoPrefixes) =>
        iscoPrefixes.Any(p => vacancy.Isco.StartsWith(p, StringComparison.Ordinal));
}
