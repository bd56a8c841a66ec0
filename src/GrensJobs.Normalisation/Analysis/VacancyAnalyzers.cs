using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// The Lucene analyzers for vacancy text per language ("nl", "de", "fr", "en"; anything else gets the
/// language-neutral chain: gender markers, lower-case, folding).
/// </summary>
/// <remarks>
/// Thread safety: create one instance per process and share it. Each <see cref="Analyzer"/> keeps its token-stream
/// components per thread (Lucene's global <c>ReuseStrategy</c>), so <c>GetTokenStream</c> may be called from any
/// number of threads; a single token stream must still be consumed by one thread. The German decompounding word list
/// is built from <c>esco/occupations.csv</c> once, on first use of the German analyzer.
/// </remarks>
public sealed class VacancyAnalyzers : IDisposable
{
    private readonly VacancyAnalyzer _neutral = new(AnalyzerLanguage.Neutral);
    private readonly VacancyAnalyzer _dutch = new(AnalyzerLanguage.Dutch);
    private readonly VacancyAnalyzer _german;
    private readonly VacancyAnalyzer _germanWholeWords = new(AnalyzerLanguage.German);
    private readonly Lazy<CharArraySet> _compoundParts;
    private readonly VacancyAnalyzer _french = new(AnalyzerLanguage.French);
    private readonly VacancyAnalyzer _english = new(AnalyzerLanguage.English);
    private readonly VacancyAnalyzer _neutralText = new(AnalyzerLanguage.Neutral, markers: false);
    private readonly VacancyAnalyzer _dutchText = new(AnalyzerLanguage.Dutch, markers: false);
    private readonly VacancyAnalyzer _germanText = new(AnalyzerLanguage.German, markers: false);
    private readonly VacancyAnalyzer _frenchText = new(AnalyzerLanguage.French, markers: false);
    private readonly VacancyAnalyzer _englishText = new(AnalyzerLanguage.English, markers: false);

    /// <summary>Analyzers reading the German word list from <paramref name="seedsDirectory"/> (default: <see cref="Seeds.DefaultDirectory"/>).</summary>
    public VacancyAnalyzers(string? seedsDirectory = null)
    {
        var directory = seedsDirectory ?? Seeds.DefaultDirectory;
        _compoundParts = new Lazy<CharArraySet>(() => GermanCompoundParts.Load(directory), LazyThreadSafetyMode.ExecutionAndPublication);
        _german = new VacancyAnalyzer(AnalyzerLanguage.German, _compoundParts);
    }

    /// <summary>The languages with their own analysis chain, as ISO 639-1 codes.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nl", "de", "fr", "en"];

    /// <summary>
    /// Splits a German compound into the known parts that cover all of it ("Altenpfleger" → alten, pfleger); empty when
    /// the word is not such a compound. The parts are lower-case and not yet stemmed.
    /// </summary>
    public IReadOnlyList<string> SplitGermanCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return GermanCompoundSplitter.Split(word, _compoundParts.Value);
    }

    /// <summary>The analyzer for an ISO 639-1 code ("nl", "de", "fr", "en", any case); other codes and null get the neutral one.</summary>
    public Analyzer For(string? language) => language?.Trim().ToUpperInvariant() switch
    {
        "NL" => _dutch,
        "DE" => _german,
        "FR" => _french,
        "EN" => _english,
        _ => _neutral,
    };

    /// <summary>
    /// Like <see cref="For"/>, but German compounds stay whole ("Verkaufsleiter" gives no "verkauf"): for fields where
    /// a match on a part of a compound must not count as a match on the word.
    /// </summary>
    public Analyzer WholeWords(string? language) =>
        string.Equals(language?.Trim(), "de", StringComparison.OrdinalIgnoreCase) ? _germanWholeWords : For(language);

    /// <summary>
    /// Like <see cref="WholeWords"/>, for long text whose gender markers <see cref="RemoveGenderMarkers"/> already
    /// removed (no char filter): the same terms for far less work on a description.
    /// </summary>
    public Analyzer PreparedText(string? language) => language?.Trim().ToUpperInvariant() switch
    {
        "NL" => _dutchText,
        "DE" => _germanText,
        "FR" => _frenchText,
        "EN" => _englishText,
        _ => _neutralText,
    };

    /// <summary>The text with the gender markers of the language's chain removed, ready for <see cref="PreparedText"/>.</summary>
    public static string RemoveGenderMarkers(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GenderMarkers.Remove(text, language?.Trim().ToUpperInvariant() switch
        {
            "NL" => AnalyzerLanguage.Dutch,
            "DE" => AnalyzerLanguage.German,
            "FR" => AnalyzerLanguage.French,
            "EN" => AnalyzerLanguage.English,
            _ => AnalyzerLanguage.Neutral,
        });
    }

    /// <summary>The language-neutral analyzer.</summary>
    public Analyzer Neutral => _neutral;

    public void Dispose()
    {
        _neutral.Dispose();
        _dutch.Dispose();
        _german.Dispose();
        _germanWholeWords.Dispose();
        _french.Dispose();
        _english.Dispose();
        _neutralText.Dispose();
        _dutchText.Dispose();
        _germanText.Dispose();
        _frenchText.Dispose();
        _englishText.Dispose();
    }
}
