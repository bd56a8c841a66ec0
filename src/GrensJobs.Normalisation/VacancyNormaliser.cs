using GrensJobs.Core.Languages;
using GrensJobs.Core.Occupations;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Employment;
using GrensJobs.Normalisation.Identity;
using GrensJobs.Normalisation.Languages;
using GrensJobs.Normalisation.Occupations;
using GrensJobs.Normalisation.Places;
using GrensJobs.Normalisation.Text;

namespace GrensJobs.Normalisation;

/// <summary>
/// Turns a <see cref="RawVacancy"/> into the normalised <see cref="Vacancy"/> of CONTRACTS.md. Pure and thread-safe:
/// it reads only the reference data loaded at construction and never the clock.
/// </summary>
public sealed class VacancyNormaliser
{
    private readonly LanguageDetector _languageDetector = new();
    private readonly LanguageRequirementExtractor _languageRequirements = new();
    private readonly OccupationLinker _occupations;
    private readonly RegulatedProfessions _regulated;
    private readonly PlaceResolver _places;
    private readonly Lazy<Dictionary<string, IReadOnlyList<string>>> _sharedLabels;

    private VacancyNormaliser(EscoCatalog catalog, Gazetteer gazetteer, RegulatedProfessions regulated)
    {
        Catalog = catalog;
        Gazetteer = gazetteer;
        _occupations = new OccupationLinker(catalog);
        _places = new PlaceResolver(gazetteer);
        _sharedLabels = new(() => ConceptLabelSharing.Of(catalog));
        _regulated = regulated;
    }

    internal EscoCatalog Catalog { get; }

    internal Gazetteer Gazetteer { get; }

    /// <summary>Loads the reference data from <paramref name="seedsDirectory"/>, the three sets side by side.</summary>
    public static VacancyNormaliser Load(string seedsDirectory)
    {
        if (!Directory.Exists(seedsDirectory))
        {
            throw new DirectoryNotFoundException($"Reference data not found in {seedsDirectory}: rebuild the project so that seeds/ is copied beside the binaries.");
        }

        var catalog = Task.Run(() => EscoCatalog.Load(seedsDirectory));
        var gazetteer = Task.Run(() => Gazetteer.Load(seedsDirectory));
        var regulated = RegulatedProfessions.Load(seedsDirectory);
        return new VacancyNormaliser(catalog.GetAwaiter().GetResult(), gazetteer.GetAwaiter().GetResult(), regulated);
    }

    /// <summary>Finds a place by any local name or postal code ("Aken", "Lüttich", "5911"); null when unknown.</summary>
    public ResolvedPlace? FindPlace(string nameOrPostalCode, string? preferredCountry) =>
        _places.FindPlace(nameOrPostalCode, preferredCountry);

    /// <summary>
    /// The ESCO occupation a job title (or a search query) names, in any of nl/de/fr/en ("lasser", "Schweißer",
    /// "soudeur"); null when nothing fits with enough confidence.
    /// </summary>
    public OccupationMatch? LinkOccupation(string title, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _occupations.Link(title, text: null, language, country: null);
    }

    /// <summary>
    /// The occupation of a title in an unknown language (a jobseeker's desired occupation as a service writes it),
    /// with the country of the service as a hint; null when nothing fits with enough confidence.
    /// </summary>
    public OccupationMatch? LinkOccupation(string title, string? language, string? country)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _occupations.Link(CleanLine(title), text: null, language, country);
    }

    /// <summary>The ESCO occupation with this URI (confidence 1), or null when the catalogue does not know it.</summary>
    public OccupationMatch? FindOccupation(string escoUri) =>
        Catalog.Find(escoUri) is { } concept ? new OccupationMatch(concept.Uri, concept.Isco, concept.PreferredLabels, 1.0) : null;

    /// <summary>The labels (nl, de, fr, en) of an ISCO-08 group of 1–4 digits, or null for an unknown code.</summary>
    public IReadOnlyDictionary<string, string>? IscoGroupLabels(string isco) => Catalog.FindGroup(isco)?.Labels;

    /// <summary>
    /// The concepts that share a label with <paramref name="escoUri"/> in any language (ESCO files one job-market title
    /// under several occupations: "magazijnmedewerker" is both a warehouse worker and an order picker).
    /// </summary>
    public IReadOnlyList<string> ConceptsSharingLabels(string escoUri) => _sharedLabels.Value.GetValueOrDefault(escoUri) ?? [];

    /// <summary>
    /// How the occupation linker decides on a title, as lines for a person: the cleaned title, the path, the best
    /// candidates with their evidence and calibrated probability (<c>normalise --explain</c>).
    /// </summary>
    public string ExplainOccupation(string title, string? language)
    {
        ArgumentNullException.ThrowIfNull(title);
        return OccupationExplanation.Of(_occupations, title, language);
    }

    /// <summary>Every occupation label in one language ("nl", "de", "fr", "en"): ESCO's labels and the job-market aliases.</summary>
    public IEnumerable<string> OccupationLabels(string language)
    {
        foreach (var concept in Catalog.Concepts)
        {
            foreach (var label in concept.LabelsIn(language))
            {
                yield return label;
            }
        }

        var position = EscoLanguages.IndexOf(language);
        foreach (var alias in Catalog.Aliases)
        {
            if (alias.Language == position)
            {
                yield return alias.Title;
            }
        }
    }

    public Vacancy Normalise(RawVacancy raw)
    {
        ArgumentNullException.ThrowIfNull(raw);

        var (source, id, url) = VacancyIdentity.Of(raw);
        var title = CleanLine(raw.Title);
        var text = HtmlText.ToPlainText(raw.Description);
        var titleAndText = string.Concat(title, "\n", text);
        var language = IsoLanguageCodes.Normalise(raw.Language) ?? _languageDetector.Detect(titleAndText);

        var locations = ResolveLocations(raw);
        var location = locations.Count > 0 ? locations[0] : null;

        var occupation = _occupations.Link(title, text, language, location?.Country, raw.Employer);

        return new Vacancy
        {
            Id = id,
            Source = source,
            // Only an absolute http(s) address survives canonicalising (never javascript:, data:, file:).
            Url = url,
            Title = title,
            Employer = raw.Employer is { } employer ? CleanLine(employer) : null,
            Language = language,
            Text = text,
            Occupation = occupation,
            Languages = _languageRequirements.Extract(titleAndText, language),
            Location = location,
            Locations = locations.Count > 1 ? locations : [],
            Hours = raw.Hours ?? HoursExtractor.Extract(title, text, raw.EmploymentType),
            Contract = raw.Contract ?? ContractClassifier.Classify(title, text, raw.EmploymentType),
            Remote = raw.Remote ?? RemoteClassifier.Classify(title, text),
            Education = raw.Education ?? EducationExtractor.Extract(text),
            Salary = SalaryParser.Parse(raw.Salary, titleAndText),
            Regulated = occupation is null ? [] : _regulated.CountriesFor(occupation.Esco, occupation.Isco),
            Posted = raw.Posted,
            ValidThrough = raw.ValidThrough,
        };
    }

    private List<VacancyLocation> ResolveLocations(RawVacancy raw)
    {
        var result = new List<VacancyLocation>(1 + raw.Locations.Count);
        if (_places.Resolve(raw.Location, fallbackCountry: null) is { } first)
        {
            result.Add(first);
        }

        var fallbackCountry = raw.Location?.Country;
        foreach (var other in raw.Locations)
        {
            if (_places.Resolve(other, fallbackCountry) is { } resolved && !result.Exists(known => SamePlace(known, resolved)))
            {
                result.Add(resolved);
            }
        }

        return result;
    }

    private static bool SamePlace(VacancyLocation a, VacancyLocation b) =>
        string.Equals(a.Place, b.Place, StringComparison.Ordinal)
        && string.Equals(a.PostalCode, b.PostalCode, StringComparison.Ordinal)
        && string.Equals(a.Country, b.Country, StringComparison.Ordinal);

    /// <summary>Titles and names sometimes arrive with markup or entities ("Lasser &amp; monteur").</summary>
    private static string CleanLine(string value)
    {
        var text = value.AsSpan().IndexOfAny('<', '&') >= 0 ? HtmlText.ToPlainText(value) : value;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
