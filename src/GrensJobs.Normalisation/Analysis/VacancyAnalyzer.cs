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
/// One language's chain: gender-marker char filters → StandardTokenizer → lower-case → stop words →
/// (German) decompounding → stemming → ASCII folding → duplicate removal. Components are cached per thread by the analyzer's default
/// <see cref="Analyzer.GLOBAL_REUSE_STRATEGY"/>, so one instance is safely shared by all threads.
/// </summary>
internal sealed class VacancyAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MinCompoundLength = 6;
    private const int MinSubwordLength = 4;
    private const int MaxSubwordLength = 15;

    private readonly Lazy<CharArraySet>? _compoundParts;

    public VacancyAnalyzer(AnalyzerLanguage language, Lazy<CharArraySet>? compoundParts = null)
    {
        Language = language;
        _compoundParts = compoundParts;
    }

    public AnalyzerLanguage Language { get; }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        GenderMarkers.Wrap(reader, Language);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = Language switch
        {
            AnalyzerLanguage.Dutch => Dutch(source),
            AnalyzerLanguage.German => German(source),
            AnalyzerLanguage.French => French(source),
            AnalyzerLanguage.English => English(source),
            _ => new LowerCaseFilter(Version, source),
        };
        // Subwords that stem or fold to the same term at the same position ("berufs", "beruf") are kept once.
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(new ASCIIFoldingFilter(stream)));
    }

    private static TokenStream Dutch(Tokenizer source)
    {
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
        return new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
    }

    private TokenStream German(Tokenizer source)
    {
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        if (_compoundParts is not null)
        {
            stream = new DictionaryCompoundWordTokenFilter(
                Version, stream, _compoundParts.Value, MinCompoundLength, MinSubwordLength, MaxSubwordLength, onlyLongestMatch: false);
        }

        stream = new GermanNormalizationFilter(stream);
        return new GermanLightStemFilter(stream);
    }

    private static TokenStream French(Tokenizer source)
    {
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        return new FrenchLightStemFilter(stream);
    }

    private static TokenStream English(Tokenizer source)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new PorterStemFilter(stream);
    }
}
