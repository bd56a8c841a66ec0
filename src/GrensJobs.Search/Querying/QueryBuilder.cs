using GrensJobs.Core.Occupations;
using GrensJobs.Core.Text;
using GrensJobs.Normalisation.Occupations;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Caching.Memory;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Builds the query for the words of a search. Each word is analysed in every language and searched in the title
/// and text fields of the languages it is a word of (their occupation vocabulary or vacancy titles contain it — so
/// "lasser" is not searched as the German stem of "lassen"); German words that are compounds of known parts also
/// match their parts ("Altenpfleger" → alten + pfleger); a word no language knows is searched everywhere, with typo
/// tolerance (at most <see cref="QueryBounds.MaxTypoWords"/> such words, of at most <see cref="QueryBounds.MaxTypoLetters"/>
/// letters). Independently, the whole query is resolved to an ESCO occupation, and a vacancy linked to that
/// concept (or, lower, to its ISCO-08 unit group) matches whatever its language: that is how "lasser" finds
/// "Schweißer (m/w/d)" and "soudeur". Boosts put concept and title matches above mentions in descriptions.
/// </summary>
internal sealed class QueryBuilder(VacancyAnalyzers analyzers, VacancyNormaliser normaliser, Lazy<LabelVocabulary> vocabulary, SpellingCorrector spelling)
    : IDisposable
{
    public const float TitleBoost = 2f;
    public const float TextBoost = 0.5f;
    public const float PartsTitleBoost = 1.2f;
    public const float PartOfCompoundBoost = 0.4f;
    public const float FuzzyBoost = 0.8f;
    public const float ConceptBoost = 10f;
    public const float IscoBoost = 3f;

    /// <summary>The share of the occupation boost a senior vacancy gets for a query that asks for the worker.</summary>
    public const float SeniorShare = 0.25f;

    /// <summary>
    /// Below this link confidence (the calibrated probability that the occupation is right) a query is not expanded
    /// to an occupation. Low on purpose: a wrong expansion adds vacancies, weighted by that probability, below the
    /// words' own matches; a missing one loses every vacancy written in another language (development set: recall@10
    /// 0.882 from 0.05 to 0.15, 0.875 at 0.3, 0.856 at 0.45).
    /// </summary>
    public const double MinConceptConfidence = 0.15;

    private const int MinFuzzyLength = 4;

    /// <summary>Query texts whose analysis is kept (people search the same occupations again and again).</summary>
    private const int CachedTexts = 20_000;

    private readonly MemoryCache _analyses = new(new MemoryCacheOptions { SizeLimit = CachedTexts });

    /// <param name="text">A text within <see cref="QueryBounds"/> (<see cref="QueryText.Bound"/>).</param>
    /// <param name="typos">Whether unknown words are corrected and searched with typos allowed (not for counting a suggestion).</param>
    public TextQuery Build(string text, IndexReader reader, SearchDeadline deadline, bool typos = true)
    {
        var analysis = _analyses.GetOrCreate(text, entry =>
        {
            entry.Size = 1;
            return Analyse(text, deadline);
        })!;
        var words = analysis.Words;
        var occupation = analysis.Occupation;
        string? correction = null;
        var spellingChecked = occupation is null && typos;
        if (spellingChecked)
        {
            correction = spelling.Correct(text, reader, deadline);
            if (correction is not null)
            {
                // "schwiesser", "verpleegkundge": the corrected words name the occupation the typo hid.
                occupation = Occupation(correction);
            }
        }

        deadline.Check();
        var typoWords = typos ? 0 : QueryBounds.MaxTypoWords;

        var query = new BooleanQuery(disableCoord: true);
        if (words.Count == 1)
        {
            // One word: its clauses sit beside the occupation's in one disjunction (the same sum), so that a segment
            // is scored by one windowed scorer instead of one per level.
            foreach (var clause in WordQuery(words[0], reader, ref typoWords).Clauses)
            {
                query.Add(clause);
            }
        }
        else if (words.Count > 1)
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var word in words)
            {
                deadline.Check();
                all.Add(WordQuery(word, reader, ref typoWords), words.Count >= 3 ? Occur.SHOULD : Occur.MUST);
            }

            if (words.Count >= 3)
            {
                all.MinimumNumberShouldMatch = words.Count - 1;
            }

            query.Add(all, Occur.SHOULD);
        }

        if (occupation is not null)
        {
            AddOccupation(query, occupation, analysis.Senior);
        }

        deadline.Check();
        return new TextQuery(query, analysis.FoldedWords, occupation, spellingChecked, correction);
    }

    public void Dispose() => _analyses.Dispose();

    /// <summary>What a query text is, apart from the index: its content words analysed in every language, and its occupation.</summary>
    private QueryAnalysis Analyse(string text, SearchDeadline deadline)
    {
        var words = ContentWords(text, deadline);
        return new QueryAnalysis(words, [.. words.Select(w => TextFolding.Fold(w.Word))], Occupation(text), TitleRank.IsSenior(text));
    }

    private OccupationMatch? Occupation(string text) =>
        normaliser.LinkOccupation(text) is { } match && match.Confidence >= MinConceptConfidence ? match : null;

    /// <summary>
    /// Vacancies of the query's occupation, whatever their language; of its ISCO unit group lower. When the query
    /// asks for the worker ("lasser"), a supervisor's or engineer's vacancy of the same occupation ("Lascoördinator")
    /// ranks below the workers'.
    /// </summary>
    private static void AddOccupation(BooleanQuery query, OccupationMatch occupation, bool seniorQuery)
    {
        // the confidence decided whether the query names the occupation at all (MinConceptConfidence); once it
        // does, its vacancies in every language weigh the same
        var confidence = (float)occupation.Confidence;
        Add(occupation.Esco, ConceptBoost * confidence);
        if (occupation.Isco.Length == 4)
        {
            Add(occupation.Isco, IscoBoost * confidence);
        }

        void Add(string value, float boost)
        {
            query.Add(Constant(FieldNames.Ranked(value, senior: false), boost), Occur.SHOULD);
            query.Add(Constant(FieldNames.Ranked(value, senior: true), seniorQuery ? boost : boost * SeniorShare), Occur.SHOULD);
        }

        static ConstantScoreQuery Constant(string term, float boost) =>
            new(new TermQuery(new Term(FieldNames.RankedOccupation, term))) { Boost = boost };
    }

    /// <summary>
    /// The words of <paramref name="text"/> without the stop words of any language (unless nothing else is left), each
    /// analysed once per language.
    /// </summary>
    private List<WordAnalysis> ContentWords(string text, SearchDeadline deadline)
    {
        var words = new List<WordAnalysis>();
        foreach (var word in QueryWords.Split(text))
        {
            if (!words.Exists(w => w.Word == word))
            {
                deadline.Check();
                words.Add(AnalyseWord(word));
            }
        }

        // Decompounding only adds terms at a position, so the whole-word analysis tells a stop word as well.
        var content = words.FindAll(word => word.Terms.All(terms => terms.Length > 0));
        return content.Count > 0 ? content : words;
    }

    /// <summary>
    /// A word's terms per language of <see cref="FieldNames.TextLanguages"/> (whole-word analysis of titles: the first
    /// term at each position), in the language-neutral analysis, and — as German compound parts — its parts' stems.
    /// </summary>
    private WordAnalysis AnalyseWord(string word)
    {
        var languages = FieldNames.TextLanguages;
        var terms = new string[languages.Count][];
        for (var i = 0; i < languages.Count; i++)
        {
            terms[i] = [.. TermAnalysis.Positions(analyzers.WholeWords(languages[i]), FieldNames.Title(languages[i]), word).Select(p => p[0])];
        }

        var neutral = TermAnalysis.Positions(analyzers.Neutral, FieldNames.Title(FieldNames.OtherLanguage), word).Select(p => p[0]).ToArray();
        return new WordAnalysis(word, terms, neutral, CompoundPartStems(word));
    }

    /// <summary>The stems of a German compound's parts ("Altenpfleger" → alten + pfleger), or null for a simple word.</summary>
    private string[]? CompoundPartStems(string word)
    {
        var parts = analyzers.SplitGermanCompound(word);
        if (parts.Count < 2)
        {
            return null;
        }

        var german = analyzers.For("de");
        var stems = new string[parts.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            if (TermAnalysis.Positions(german, FieldNames.GermanTitleParts, parts[i]) is not [var first, ..])
            {
                return null;
            }

            stems[i] = first[0];
        }

        return stems;
    }

    /// <param name="typoWords">Words of the query searched with typo tolerance so far (<see cref="QueryBounds.MaxTypoWords"/>).</param>
    private BooleanQuery WordQuery(WordAnalysis word, IndexReader reader, ref int typoWords)
    {
        var clause = new BooleanQuery(disableCoord: true);
        var known = false;
        var analysed = new List<(string Language, string Term)>();
        for (var i = 0; i < FieldNames.TextLanguages.Count; i++)
        {
            var language = FieldNames.TextLanguages[i];
            var terms = word.Terms[i];
            if (terms.Length == 0)
            {
                continue;
            }

            // A word with inner punctuation the splitter kept ("c++") may give several terms: all must match.
            analysed.Add((language, terms[0]));
            if (!Array.TrueForAll(terms, term => IsWordOf(language, term, reader)))
            {
                continue;
            }

            known = true;
            clause.Add(FieldQuery(FieldNames.Title(language), terms, TitleBoost), Occur.SHOULD);
            clause.Add(FieldQuery(FieldNames.Text(language), terms, TextBoost), Occur.SHOULD);
            if (language == "de")
            {
                AddCompoundParts(clause, word, terms);
            }
        }

        if (word.Neutral.Length > 0)
        {
            clause.Add(FieldQuery(FieldNames.Title(FieldNames.OtherLanguage), word.Neutral, TitleBoost), Occur.SHOULD);
            clause.Add(FieldQuery(FieldNames.Text(FieldNames.OtherLanguage), word.Neutral, TextBoost), Occur.SHOULD);
        }

        if (!known)
        {
            // No language knows the word: a rare word, a name or a typo. Search it everywhere, titles with typos allowed
            // (a Levenshtein automaton per language: only for the first few such words, and not for very long ones).
            var typos = word.Word.Length <= QueryBounds.MaxTypoLetters && typoWords < QueryBounds.MaxTypoWords;
            typoWords += typos ? 1 : 0;
            foreach (var (language, term) in analysed)
            {
                clause.Add(new TermQuery(new Term(FieldNames.Title(language), term)) { Boost = TitleBoost }, Occur.SHOULD);
                clause.Add(new TermQuery(new Term(FieldNames.Text(language), term)) { Boost = TextBoost }, Occur.SHOULD);
                if (typos && term.Length >= MinFuzzyLength && QueryBounds.MaxEdits(term.Length) > 0)
                {
                    clause.Add(new FuzzyQuery(new Term(FieldNames.Title(language), term), QueryBounds.MaxEdits(term.Length), prefixLength: 1) { Boost = FuzzyBoost }, Occur.SHOULD);
                }

                if (language == "de")
                {
                    AddCompoundParts(clause, word, [term]);
                }
            }
        }

        return clause;
    }

    private bool IsWordOf(string language, string term, IndexReader reader) =>
        vocabulary.Value.Contains(language, term) || reader.DocFreq(new Term(FieldNames.Title(language), term)) > 0;

    /// <summary>
    /// German: the word as a part of compound titles ("Pflege" in "Altenpflegefachkraft"), and a compound word as its
    /// parts ("Altenpfleger" → alten + pfleger), both below a match on the whole word.
    /// </summary>
    private static void AddCompoundParts(BooleanQuery clause, WordAnalysis word, IReadOnlyList<string> wholeTerms)
    {
        clause.Add(FieldQuery(FieldNames.GermanTitleParts, wholeTerms, PartOfCompoundBoost), Occur.SHOULD);
        if (word.CompoundStems is { } stems)
        {
            clause.Add(FieldQuery(FieldNames.GermanTitleParts, stems, PartsTitleBoost), Occur.SHOULD);
        }
    }

    private static Query FieldQuery(string field, IReadOnlyList<string> terms, float boost)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }

        var all = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return all;
    }

    /// <summary>A query text apart from the index: content words, their folded forms (for snippets), occupation, rank asked for.</summary>
    private sealed record QueryAnalysis(IReadOnlyList<WordAnalysis> Words, string[] FoldedWords, OccupationMatch? Occupation, bool Senior);

    /// <summary>A query word analysed: <see cref="Terms"/> per language of <see cref="FieldNames.TextLanguages"/> (empty for a stop word).</summary>
    private sealed record WordAnalysis(string Word, string[][] Terms, string[] Neutral, string[]? CompoundStems);
}
