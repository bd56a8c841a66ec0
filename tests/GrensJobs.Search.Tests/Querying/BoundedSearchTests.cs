using System.Diagnostics;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>
/// The engine's bounds on one request (issue 13): whatever the text and the page, a search answers quickly, without an
/// exception of its own, and still finds what a person asks for.
/// </summary>
public sealed class BoundedSearchTests : IDisposable
{
    /// <summary>
    /// Far above what these searches cost now (a few ms; tests run on a shared, loaded machine), below what they cost
    /// unbounded (a 7,900-letter word: 9.7 s on an index of two vacancies).
    /// </summary>
    private const int Quickly = 3_000;

    private readonly IndexedVacancies _index = new();

    public BoundedSearchTests()
    {
        foreach (var raw in RawVacancies.OneOfEach())
        {
            _index.Add(raw);
        }

        _index.Commit();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Search_WordOf7900Letters_AnswersQuicklyWithNoResults(bool oneLetterRepeated)
    {
        var random = new Random(13);
        var word = oneLetterRepeated
            ? new string('ß', 7_900)
            : new string([.. Enumerable.Range(0, 7_900).Select(_ => "abcdefghijklmnopqrstuvwxyzäöü"[random.Next(29)])]);
        _index.Search(new SearchRequest { Text = "lasser" });

        var clock = Stopwatch.StartNew();
        var response = _index.Search(new SearchRequest { Text = word });

        Assert.True(clock.ElapsedMilliseconds < Quickly, $"{clock.ElapsedMilliseconds} ms");
        Assert.Equal(0, response.Total);
        Assert.Empty(response.Results);
        Assert.Equal(word, response.Query.Text);
    }

    [Fact]
    public void Search_ElevenHundredWords_AnswersWithoutReachingLuceneClauseLimit()
    {
        var random = new Random(1_100);
        var words = Enumerable.Range(0, 1_100).Select(i => "lasser" + new string((char)('a' + random.Next(26)), 1 + (i % 5)) + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var text = "Schweißer " + string.Join(' ', words);

        var clock = Stopwatch.StartNew();
        var response = _index.Search(new SearchRequest { Text = text });

        Assert.True(clock.ElapsedMilliseconds < Quickly, $"{clock.ElapsedMilliseconds} ms");
        Assert.Empty(response.Results);
    }

    [Fact]
    public void Search_FiveThousandCharactersOfWords_AnswersWithNoResults()
    {
        var random = new Random(5_000);
        var text = string.Join(' ', Enumerable.Range(0, 800).Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 12)).Select(_ => (char)('a' + random.Next(26)))])))[..5_000];

        var response = _index.Search(new SearchRequest { Text = text, Countries = ["DE"] });

        Assert.Equal(0, response.Total);
        Assert.Equal(text, response.Query.Text);
    }

    [Theory]
    [InlineData("Berufskraftfahrar", "kraftfahrer-straelen")] // 17 letters, one changed: one edit past 12 letters
    [InlineData("schwiesser", "schweisser-kevelaer")] // two letters swapped in a word of 10: still two edits
    public void Search_TypoInLongWord_StillFindsTheVacancy(string text, string expected)
    {
        var ids = _index.Ids(new SearchRequest { Text = text });

        Assert.Contains(expected, ids);
    }

    [Theory]
    [InlineData(int.MaxValue, 1_000)]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(2, 3)]
    [InlineData(101, 100)]
    public void Search_PagePastTheEnd_GivesNoResultsWithTheTotal(int page, int top)
    {
        var all = _index.Search(new SearchRequest { Text = "lasser", Top = 100 });

        var response = _index.Search(new SearchRequest { Text = "lasser", Page = page, Top = top });

        Assert.InRange(all.Total, 1, 3); // lasser, Schweißer, soudeur: fewer than one page of three
        Assert.Empty(response.Results);
        Assert.Equal(all.Total, response.Total);
        Assert.Equal(page, response.Query.Page);
    }

    [Fact]
    public void Search_LastPartialPage_GivesTheRemainingResults()
    {
        var all = _index.Ids(new SearchRequest { Text = "lasser", Top = 100 });

        var last = _index.Ids(new SearchRequest { Text = "lasser", Page = 2, Top = 2 });

        Assert.Equal(3, all.Count);
        Assert.Equal([all[2]], last);
    }

    public static TheoryData<string> OddTexts() =>
    [
        "((((",
        "\"\"\"",
        "- / * ! ?",
        "\uD83D lasser", // half of a surrogate pair
        "😀😀😀 Schweißer 😀",
        "لحام soudeur",
        "lasser\0venlo",
        "c++ c# .net f#",
        string.Join(' ', Enumerable.Repeat("MIG/MAG-lasser", 40)),
        string.Join(' ', Enumerable.Range(0, 32).Select(i => new string('x', 1 + i))),
        string.Join(' ', Enumerable.Repeat("der die das und oder", 6)),
        new string('ß', 500),
        "Berufskraftfahrer" + new string('-', 400) + "Altenpfleger",
    ];

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Search_OddText_AnswersWithoutAnExceptionOfItsOwn(string text)
    {
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date, SearchSort.Distance })
        {
            var response = _index.Search(new SearchRequest { Text = text, Sort = sort, Near = IndexedVacancies.Place("Venlo"), RadiusKm = 5 });

            Assert.Equal(response.Total == 0, response.Results.Count == 0);
        }
    }

    public void Dispose() => _index.Dispose();
}
