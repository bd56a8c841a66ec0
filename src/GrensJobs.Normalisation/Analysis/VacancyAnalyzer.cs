using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// One language's chain: gender-marker char filters → StandardTokenizer → lower-case (invariant) → stop words →
/// (German) decompounding → stemming → ASCII folding → duplicate removal, the filters run through a memory of the words
/// seen (<see cref="CachedChainFilter"/>). Components are cached per thread by the analyzer's default
/// <see cref="Analyzer.GLOBAL_REUSE_STRATEGY"/>, so one instance is safely shared by all threads.
/// </summary>
internal sealed class VacancyAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MinCompoundLength = 6;
    private const int MinSubwordLength = 4;
    private const int MaxSubwordLength = 15;

    private readonly Lazy<CharArraySet>? _compoundParts;
    private readonly bool _markers;

    /// <param name="markers">
    /// False for text whose gender markers were already removed with <see cref="GenderMarkers.Remove"/> (long
    /// descriptions: one regular-expression pass over the string is far cheaper than the char filter).
    /// </param>
    public VacancyAnalyzer(AnalyzerLanguage language, Lazy<CharArraySet>? compoundParts = null, bool markers = true)
    {
        Language = language;
        _compoundParts = compoundParts;
        _markers = markers;
    }

    public AnalyzerLanguage Language { get; }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        _markers ? GenderMarkers.Wrap(reader, Language) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new CachedChainFilter(source, Filters));
    }

    private TokenStream Filters(TokenStream source)
    {
        TokenStream stream = Language switch
        {
            AnalyzerLanguage.Dutch => Dutch(source),
            AnalyzerLanguage.German => German(source),
            AnalyzerLanguage.French => French(source),
            AnalyzerLanguage.English => English(source),
            _ => new InvariantLowerCaseFilter(source),
        };
        // Subwords that stem or fold to the same term at the same position ("berufs", "beruf") are kept once; without
        // decompounding there is one term per position.
        TokenStream folded = new ASCIIFoldingFilter(stream);
        return Decompounds ? new RemoveDuplicatesTokenFilter(folded) : folded;
    }

    private bool Decompounds => Language == AnalyzerLanguage.German && _compoundParts is not null;

    private static TokenStream Dutch(TokenStream source)
    {
        TokenStream stream = new InvariantLowerCaseFilter(source);
        stream = new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
        return new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
    }

    private TokenStream German(TokenStream source)
    {
        TokenStream stream = new InvariantLowerCaseFilter(source);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        if (_compoundParts is not null)
        {
            stream = new DictionaryCompoundWordTokenFilter(
                Version, stream, _compoundParts.Value, MinCompoundLength, MinSubwordLength, MaxSubwordLength, onlyLongestMatch: false);
        }

        stream = new GermanNormalizationFilter(stream);
        return new GermanLightStemFilter(stream);
    }

    private static TokenStream French(TokenStream source)
    {
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        return new FrenchLightStemFilter(stream);
    }

    private static TokenStream English(TokenStream source)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new PorterStemFilter(stream);
    }
}
