using GrensJobs.Normalisation.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace GrensJobs.Normalisation.Tests.Analysis;

public sealed class CachedChainFilterTests
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const string German =
        "Wir suchen ab sofort einen Berufskraftfahrer (m/w/d) und eine Altenpflegefachkraft für unsere Standorte in " +
        "Kleve und Emmerich. Die Berufskraftfahrer fahren im Nahverkehr; die Altenpflegefachkraft arbeitet im " +
        "Schichtdienst. Wir bieten: unbefristete Anstellung, Weiterbildung, Fahrerkarte. Schweißer und Schweißerinnen " +
        "willkommen! Die die der das Berufskraftfahrer.";

    private const string Dutch =
        "Lassers gezocht voor het lassen van constructies. Medewerkers, verpleegkundigen en heftruckchauffeurs: " +
        "wij zoeken vakkundige lassers met ervaring. Opleidingen en werkzaamheden in Venlo; lassers gezocht!";

    private static readonly CharArraySet CompoundParts = new(Version, ["beruf", "kraft", "fahrer", "alten", "pflege", "fach", "schicht", "dienst"], ignoreCase: true);

    [Fact]
    public void German_WithDecompoundingAndStopWords_GivesTheChainsTermsAndPositionsOnEveryPass()
    {
        using var direct = Direct(GermanChain);
        using var cached = Cached(GermanChain);

        var expected = Terms(direct, German);

        // The same (reused) chain twice: the second pass answers every word from the memory.
        Assert.Equal(expected, Terms(cached, German));
        Assert.Equal(expected, Terms(cached, German));

        // The chain's work is there to be remembered: compound parts at the word's position, stop words skipped.
        Assert.Contains(expected, t => t.Term == "fahr" && t.Increment == 0);
        Assert.DoesNotContain(expected, t => t.Term == "die");
        Assert.Contains(expected, t => t.Increment > 1);
    }

    [Fact]
    public void Dutch_Stemming_GivesTheSnowballStemsOnEveryPass()
    {
        using var direct = Direct(DutchChain);
        using var cached = Cached(DutchChain);

        var expected = Terms(direct, Dutch);

        Assert.Equal(expected, Terms(cached, Dutch));
        Assert.Equal(expected, Terms(cached, Dutch));
        Assert.Contains(expected, t => t.Term == "lasser");
    }

    [Fact]
    public void End_AfterTrailingStopWords_CarriesTheirPositionsAsTheChainDoes()
    {
        using var direct = Direct(DutchChain);
        using var cached = Cached(DutchChain);

        Assert.Equal(FinalIncrement(direct, "lassers van het"), FinalIncrement(cached, "lassers van het"));
        Assert.Equal(2, FinalIncrement(cached, "lassers van het"));
    }

    private static Analyzer Direct(Func<TokenStream, TokenStream> chain) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, chain(source));
    });

    private static Analyzer Cached(Func<TokenStream, TokenStream> chain) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new CachedChainFilter(source, chain));
    });

    private static TokenStream GermanChain(TokenStream input)
    {
        TokenStream stream = new InvariantLowerCaseFilter(input);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, CompoundParts, 6, 4, 15, onlyLongestMatch: false);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        return new RemoveDuplicatesTokenFilter(new ASCIIFoldingFilter(stream));
    }

    private static TokenStream DutchChain(TokenStream input)
    {
        TokenStream stream = new InvariantLowerCaseFilter(input);
        stream = new StopFilter(Version, stream, Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet);
        return new SnowballFilter(stream, new DutchStemmer());
    }

    private static List<(string Term, int Increment)> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return terms;
    }

    private static int FinalIncrement(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
        return increment.PositionIncrement;
    }
}
