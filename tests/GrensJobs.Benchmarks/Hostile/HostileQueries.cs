using System.Text;
using GrensJobs.Benchmarks.Search;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>
/// The hostile-query mix, deterministic for a seed: every case of the issue — the 7,900-letter word, 5,000-character
/// queries, 300 random words, 1,100 words, huge pages (<c>page 2147483647 top 1000</c>, <c>page × top</c> at and past
/// 10,000) — beside what an attacker can send within the limits (one 500-letter word, 32 random words, 32 misspelt German
/// compounds, long German compounds and their typos) and the normal query mix of the <c>search</c> benchmark (words,
/// places, filters). Each kind has a fixed share of <paramref name="count"/>.
/// </summary>
internal static class HostileQueries
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzäöüßéè";

    public static IReadOnlyList<HostileQuery> Create(IReadOnlyList<Vacancy> corpus, int count, int seed)
    {
        var random = new Random(seed);
        var compounds = GermanCompounds(corpus);
        var normal = QueryMix.Create(corpus, count / 4, seed);
        var queries = new List<HostileQuery>(count);
        queries.AddRange(normal.Select(q => new HostileQuery("normal: " + q.Kind, BenchmarkSearchRequest.From(q))));

        var each = Math.Max(2, count / 30);
        for (var i = 0; i < each; i++)
        {
            // Beyond the limits: refused before the engine (the engine's own bounds are measured too).
            Add("7,900-letter word", i % 2 == 0 ? RandomWord(random, 7_900) : new string(Letters[i % 26], 7_900));
            Add("5,000-character query", Cut(RandomWords(random, 900, 3, 12), 5_000));
            Add("300 random words", RandomWords(random, 300, 3, 12));
            Add("1,100 words", RandomWords(random, 1_100, 2, 9));
            Add("long compound typo × 300", string.Join(' ', Enumerable.Range(0, 300).Select(_ => Typo(random, Pick(random, compounds)))));

            // Within the limits: answered by the engine.
            Add("500-letter word", RandomWord(random, SearchLimits.MaxQueryCharacters));
            Add("32 random words", Cut(RandomWords(random, SearchLimits.MaxQueryWords, 10, 15), SearchLimits.MaxQueryCharacters));
            Add("32 compound typos", Cut(string.Join(' ', Enumerable.Range(0, SearchLimits.MaxQueryWords).Select(_ => Typo(random, Pick(random, compounds)))), SearchLimits.MaxQueryCharacters));
            Add("compound typo", Typo(random, Pick(random, compounds)));
            Add("long compound", LongCompound(random, compounds));
            Add("long compound typo", Typo(random, LongCompound(random, compounds)));
            Add("compound typo, filters", Typo(random, Pick(random, compounds)), r => r with { Countries = ["DE"], Sort = SearchSort.Date });
        }

        // Pages, at and past the deepest result a request may reach.
        for (var i = 0; i < each; i++)
        {
            var word = Pick(random, normal).Text ?? "lasser";
            Add("page 2147483647 top 1000", word, r => r with { Page = int.MaxValue, Top = 1_000 });
            Add("page × top = 10,000", word, r => i % 2 == 0 ? r with { Page = 100, Top = 100 } : r with { Page = 10_000, Top = 1 });
            Add("page × top > 10,000", word, r => i % 2 == 0 ? r with { Page = 101, Top = 100 } : r with { Page = int.MaxValue / 2, Top = 2 });
            Add("page past the end", word, r => r with { Page = 50, Top = 100 });
            Add("everything, deepest page", null, r => r with { Page = 100, Top = 100, Sort = SearchSort.Date });
        }

        return queries;

        void Add(string kind, string? text, Func<SearchRequest, SearchRequest>? shape = null)
        {
            var request = new SearchRequest { Text = text };
            queries.Add(new HostileQuery(kind, shape is null ? request : shape(request)));
        }
    }

    /// <summary>German title words of at least 12 letters ("Berufskraftfahrer", "Altenpflegefachkraft").</summary>
    private static string[] GermanCompounds(IReadOnlyList<Vacancy> corpus)
    {
        var words = corpus.Where(v => v.Language == "de")
            .SelectMany(v => v.Title.Split([' ', '/', '-', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 12 && w.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return words.Length > 0 ? words : ["Berufskraftfahrer", "Altenpflegefachkraft", "Industriemechaniker", "Lagerlogistikfachkraft"];
    }

    /// <summary>Two or three compounds glued ("Berufskraftfahrerlagerlogistikfachkraft"): 25–60 letters.</summary>
    private static string LongCompound(Random random, string[] compounds)
    {
        var parts = Enumerable.Range(0, random.Next(2, 4)).Select(_ => Pick(random, compounds).ToLowerInvariant()).ToArray();
        parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0][1..];
        return string.Concat(parts);
    }

    /// <summary>One letter of the word replaced by another.</summary>
    private static string Typo(Random random, string word)
    {
        var at = random.Next(1, word.Length);
        var letter = Letters[random.Next(26)];
        return string.Concat(word.AsSpan(0, at), new string(letter, 1), word.AsSpan(at + 1));
    }

    private static string RandomWord(Random random, int length)
    {
        var word = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            word.Append(Letters[random.Next(Letters.Length)]);
        }

        return word.ToString();
    }

    private static string RandomWords(Random random, int count, int minLength, int maxLength) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => RandomWord(random, random.Next(minLength, maxLength + 1))));

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd();

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
