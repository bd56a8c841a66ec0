using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData("Schweißer (m/w/d) Kevelaer")]
    [InlineData("verpleegkundige nachtdienst Heerlen")]
    [InlineData("")]
    public void Bound_TextWithinTheLimits_IsKeptAsItIs(string text) =>
        Assert.Same(text, QueryText.Bound(text));

    [Fact]
    public void Bound_TextAtTheLimits_IsKeptAsItIs()
    {
        // 32 words of 14 letters and their spaces: 479 characters, within both limits, and 32 words as the engine splits them.
        var text = string.Join(' ', Enumerable.Repeat("Altenpflegerin", SearchLimits.MaxQueryWords));

        Assert.Same(text, QueryText.Bound(text));
    }

    [Fact]
    public void Bound_WordOf7900Letters_IsCutToTheCharacterLimit()
    {
        var word = new string('ä', 7_900);

        Assert.Equal(word[..SearchLimits.MaxQueryCharacters], QueryText.Bound(word));
    }

    [Fact]
    public void Bound_CutInsideASurrogatePair_LeavesNoHalfCharacter()
    {
        var text = new string('a', SearchLimits.MaxQueryCharacters - 1) + "😀 und mehr";

        var bounded = QueryText.Bound(text)!;

        Assert.Equal(SearchLimits.MaxQueryCharacters - 1, bounded.Length);
        Assert.False(char.IsSurrogate(bounded[^1]));
    }

    [Fact]
    public void Bound_ElevenHundredShortWords_KeepsTheFirstWordsTheEngineSearches()
    {
        var words = Enumerable.Range(0, 1_100).Select(i => "w" + (i % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var bounded = QueryText.Bound(string.Join(' ', words))!;

        Assert.Equal(words.Take(QueryBounds.MaxWords), bounded.Split(' '));
        Assert.True(QueryBounds.MaxWords >= SearchLimits.MaxQueryWords);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 2)]
    [InlineData(13, 1)]
    [InlineData(32, 1)]
    [InlineData(33, 0)]
    [InlineData(7_900, 0)]
    public void MaxEdits_WordLength_GivesTheTypoToleranceOfItsLength(int letters, int edits) =>
        Assert.Equal(edits, QueryBounds.MaxEdits(letters));
}
