using GrensJobs.Normalisation.Analysis;

namespace GrensJobs.Normalisation.Tests.Analysis;

public sealed class GermanCompoundSplitTests
{
    private static readonly VacancyAnalyzers Analyzers = new();

    [Theory]
    [InlineData("Altenpfleger", "alten", "pflege")]
    [InlineData("Berufskraftfahrer", "beruf", "kraft")]
    [InlineData("Lagerleiter", "lager", "leiter")]
    public void SplitGermanCompound_CompoundOfKnownParts_GivesPartsCoveringTheWord(string word, string first, string second)
    {
        var parts = Analyzers.SplitGermanCompound(word);

        Assert.True(parts.Count >= 2, $"{word} was not split");
        Assert.StartsWith(first, parts[0], StringComparison.Ordinal);
        Assert.Contains(parts, p => p.StartsWith(second, StringComparison.Ordinal));
        Assert.Equal(word.Length, parts.Sum(p => p.Length), 3f);
    }

    [Theory]
    [InlineData("Elektroniker")]
    [InlineData("Lagerist")]
    [InlineData("Koch")]
    public void SplitGermanCompound_WordThatOnlyContainsAPart_IsNotSplit(string word) =>
        Assert.Empty(Analyzers.SplitGermanCompound(word));

    [Fact]
    public void SplitGermanCompound_WordOfThousandsOfLetters_IsNotSplitAndCostsNothing()
    {
        var word = string.Concat(Enumerable.Repeat("Pflegekraft", 720));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var parts = Analyzers.SplitGermanCompound(word);

        Assert.Empty(parts);
        Assert.True(clock.ElapsedMilliseconds < 50, $"{clock.ElapsedMilliseconds} ms for a word of {word.Length} letters");
    }

    [Fact]
    public void SplitGermanCompound_LongestRealCompound_IsStillSplit()
    {
        var parts = Analyzers.SplitGermanCompound("Berufskraftfahrerausbilderin");

        Assert.True(parts.Count >= 2, "Berufskraftfahrerausbilderin was not split");
        Assert.StartsWith("beruf", parts[0], StringComparison.Ordinal);
    }
}
