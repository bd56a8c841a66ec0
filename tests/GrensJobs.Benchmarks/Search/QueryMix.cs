using GrensJobs.Core.Text;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The shared query mix, drawn from the corpus so that frequent occupations and places are queried more often:
/// ~30% keyword (an occupation word in the posting's own language, some two-word queries), ~30% cross-language
/// (an ESCO label in a language few of that occupation's postings are written in), ~25% place + radius (a real
/// place of the corpus, 10–50 km, with a keyword; sorted by distance half the time) and ~15% filters (country, ISCO
/// prefix, contract, minimum monthly salary, posted since; a keyword half the time; sorted by date). Deterministic.
/// </summary>
internal static class QueryMix
{
    public const int Top = 20;
    private static readonly string[] QueryLanguages = ["nl", "de", "fr"];

    public static IReadOnlyList<BenchmarkQuery> Create(IReadOnlyList<Vacancy> corpus, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var linked = corpus.Where(v => v.Occupation is not null && v.Language is "nl" or "de" or "fr").ToArray();
        var placed = corpus.Where(v => v.Location is { Lat: not null, Lon: not null }).ToArray();
        if (linked.Length == 0 || placed.Length == 0)
        {
            throw new ArgumentException("the corpus has no vacancy with an occupation and a place", nameof(corpus));
        }

        var words = new QueryWords(linked);
        var latest = corpus.Max(v => v.Posted) ?? new DateOnly(2026, 1, 1);
        var random = new Random(seed);
        var queries = new List<BenchmarkQuery>(count);
        while (queries.Count < count)
        {
            var roll = random.NextDouble();
            queries.Add(roll switch
            {
                < 0.30 => Keyword(random, words, linked),
                < 0.60 => CrossLanguage(random, words, linked),
                < 0.85 => PlaceRadius(random, words, linked, placed),
                _ => Filters(random, words, linked, latest),
            });
        }

        return queries;
    }

    private static BenchmarkQuery Keyword(Random random, QueryWords words, Vacancy[] linked)
    {
        var vacancy = Pick(random, linked);
        return Query("keyword", words.OwnLanguage(vacancy, random.NextDouble() < 0.3, random), "relevance");
    }

    private static BenchmarkQuery CrossLanguage(Random random, QueryWords words, Vacancy[] linked)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (words.OtherLanguage(Pick(random, linked), random) is { } text)
            {
                return Query("cross-language", text, "relevance");
            }
        }

        return Query("cross-language", words.OwnLanguage(Pick(random, linked), twoWords: false, random), "relevance");
    }

    private static BenchmarkQuery PlaceRadius(Random random, QueryWords words, Vacancy[] linked, Vacancy[] placed)
    {
        var at = Pick(random, placed);
        var place = at.Location!;
        // Half the time the keyword comes from the posting at that place (so it has hits), else from anywhere.
        var wordSource = random.NextDouble() < 0.5 && at.Occupation is not null && at.Language is "nl" or "de" or "fr"
            ? at
            : Pick(random, linked);
        var radius = 10 + (5 * random.Next(0, 9));
        return Query("place-radius", words.OwnLanguage(wordSource, twoWords: false, random),
            random.NextDouble() < 0.5 ? "distance" : "relevance") with
        {
            NearLat = place.Lat,
            NearLon = place.Lon,
            RadiusKm = radius,
        };
    }

    /// <summary>
    /// Filters around an anchor posting: mostly values it has (so most queries have hits), sometimes others; two or
    /// more filters without a keyword, one or more with one.
    /// </summary>
    private static BenchmarkQuery Filters(Random random, QueryWords words, Vacancy[] linked, DateOnly latest)
    {
        var anchor = Pick(random, linked);
        var hasText = random.NextDouble() < 0.5;
        var query = Query("filters", hasText ? words.OwnLanguage(anchor, twoWords: false, random) : null, "date");
        var wanted = hasText ? 1 : 2;
        var applied = 0;
        bool Coherent() => random.NextDouble() < 0.75;
        while (applied < wanted)
        {
            if (random.NextDouble() < 0.6 && query.Countries.Count == 0)
            {
                string[] countries = ["NL", "DE", "BE"];
                random.Shuffle(countries);
                var chosen = countries[..random.Next(1, 3)];
                if (Coherent() && anchor.Location?.Country is { } own && !chosen.Contains(own))
                {
                    chosen[0] = own;
                }

                query = query with { Countries = chosen };
                applied++;
            }

            if (random.NextDouble() < 0.5 && query.IscoPrefix is null)
            {
                var isco = (Coherent() ? anchor : Pick(random, linked)).Occupation!.Isco;
                query = query with { IscoPrefix = isco[..Math.Min(isco.Length, random.Next(1, 3))] };
                applied++;
            }

            if (random.NextDouble() < 0.4 && query.Contract is null)
            {
                var contract = Coherent() ? PostgresVacancyRow.ContractName(anchor.Contract) : null;
                query = query with { Contract = contract ?? Pick(random, Contracts) };
                applied++;
            }

            if (random.NextDouble() < 0.3 && query.MinMonthlySalary is null)
            {
                query = query with { MinMonthlySalary = 2_000 + (250 * random.Next(0, 9)) };
                applied++;
            }

            if (random.NextDouble() < 0.4 && query.Since is null)
            {
                var posted = Coherent() && anchor.Posted is { } p && p < latest ? p : latest;
                query = query with { Since = posted.AddDays(-random.Next(7, 61)) };
                applied++;
            }
        }

        return query;
    }

    private static readonly string[] Contracts = ["permanent", "permanent", "temporary", "interim", "freelance"];

    private static BenchmarkQuery Query(string kind, string? text, string sort) =>
        new(kind, text, null, null, null, [], null, null, null, null, sort, Top);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Words from the ESCO labels each vacancy carries, and which languages an occupation's postings use.</summary>
    private sealed class QueryWords(Vacancy[] linked)
    {
        private readonly Dictionary<string, Dictionary<string, int>> languagesByOccupation = linked
            .GroupBy(v => v.Occupation!.Esco, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.CountBy(v => v.Language!).ToDictionary(), StringComparer.Ordinal);

        public string OwnLanguage(Vacancy vacancy, bool twoWords, Random random)
        {
            var labelWords = Words(Label(vacancy, vacancy.Language!) ?? vacancy.Title);
            if (labelWords.Count == 0)
            {
                labelWords = Words(vacancy.Title);
            }

            if (!twoWords || labelWords.Count == 0)
            {
                return labelWords.Count > 0 ? labelWords[0] : vacancy.Title;
            }

            // A second label word where there is one ("medewerker logistiek"), else the place ("lasser Venlo").
            return labelWords.Count > 1
                ? labelWords[0] + " " + labelWords[1]
                : vacancy.Location?.Place is { Length: > 0 } place && random.NextDouble() < 0.9
                    ? labelWords[0] + " " + place
                    : labelWords[0];
        }

        /// <summary>The label word in a language that fewer than half of this occupation's postings are written in.</summary>
        public string? OtherLanguage(Vacancy vacancy, Random random)
        {
            var counts = languagesByOccupation[vacancy.Occupation!.Esco];
            var total = counts.Values.Sum();
            var own = Words(Label(vacancy, vacancy.Language!) ?? "").Select(w => TextFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);
            var candidates = QueryLanguages
                .Where(l => !string.Equals(l, vacancy.Language, StringComparison.Ordinal))
                .Where(l => counts.GetValueOrDefault(l) * 2 < total)
                .Select(l => Words(Label(vacancy, l) ?? "").FirstOrDefault())
                .Where(w => w is not null && !own.Contains(TextFolding.Fold(w!)))
                .ToList();
            return candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : null;
        }

        private static string? Label(Vacancy vacancy, string language) =>
            vacancy.Occupation!.Label.TryGetValue(language, out var label) && label.Length > 0
                ? label.Split('/')[0]
                : null;

        /// <summary>Content words of a label (letters and hyphens, at least 4 characters, no function words).</summary>
        private static List<string> Words(string label) => label
            .Split([' ', ',', '(', ')', '.', ';', ':', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('-')).Where(w => w.Length >= 4 && w.All(c => char.IsLetter(c) || c == '-') && !FunctionWords.Contains(w))
            .ToList();

        private static readonly HashSet<string> FunctionWords = new(
            ["voor", "naar", "over", "oder", "eine", "einer", "eines", "pour", "dans", "avec", "with", "from", "sans", "bzw."],
            StringComparer.OrdinalIgnoreCase);
    }
}
