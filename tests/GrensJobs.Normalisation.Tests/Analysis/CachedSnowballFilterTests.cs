using GrensJobs.Normalisation.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace GrensJobs.Normalisation.Tests.Analysis;

public sealed class CachedSnowballFilterTests
{
    private const string Dutch =
        "lassers gezocht voor het lassen van constructies medewerkers verpleegkundigen heftruckchauffeurs " +
        "magazijnmedewerker vakkundige ervaring opleidingen werkzaamheden lassers medewerkers opleidingen";

    [Fact]
    public void Stems_RepeatedWords_SameAsTheSnowballStemmerEveryTime()
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, new CachedSnowballFilter(source, new DutchStemmer()));
        });

        // Twice through the same (reused) chain: the second pass answers every word from the filter's memory.
        var first = AnalyzerTokens.Of(analyzer, Dutch);
        var second = AnalyzerTokens.Of(analyzer, Dutch);

        var expected = Dutch.Split(' ').Select(Stem).ToList();
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Contains("lasser", expected);
    }

    private static string Stem(string word)
    {
        var stemmer = new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
