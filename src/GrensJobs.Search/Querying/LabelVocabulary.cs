using GrensJobs.Core.Text;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The occupation vocabulary of each language — every ESCO label and job-market alias, analysed as the index analyses
/// titles — and the folded label words for spelling suggestions. A query word is taken as a word of a language when
/// that language's vocabulary (or its vacancy titles) contains it.
/// </summary>
internal sealed class LabelVocabulary
{
    private readonly Dictionary<string, HashSet<string>> _terms;

    private LabelVocabulary(Dictionary<string, HashSet<string>> terms, IReadOnlyCollection<string> words)
    {
        _terms = terms;
        Words = words;
    }

    /// <summary>Folded label words of every language, at least three letters long.</summary>
    public IReadOnlyCollection<string> Words { get; }

    public static LabelVocabulary Build(VacancyNormaliser normaliser, VacancyAnalyzers analyzers)
    {
        var terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in FieldNames.TextLanguages)
        {
            var analyzer = analyzers.For(language);
            var field = FieldNames.Title(language);
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var label in normaliser.OccupationLabels(language).Distinct(StringComparer.Ordinal))
            {
                set.UnionWith(TermAnalysis.Terms(analyzer, field, label));
                foreach (var word in QueryWords.Split(TextFolding.Fold(label)))
                {
                    if (word.Length >= 3 && word.All(char.IsLetter))
                    {
                        words.Add(word);
                    }
                }
            }

            terms[language] = set;
        }

        return new LabelVocabulary(terms, words);
    }

    public bool Contains(string language, string term) =>
        _terms.TryGetValue(language, out var set) && set.Contains(term);
}
