using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The evidence the ranker weighs for one candidate concept of a title, as a vector: trigram similarity, head-word
/// agreement, label type and language, word coverage both ways, agreement across the concept's labels in the four
/// languages, support from other candidates of the same ISCO-08 unit group, a label found whole inside the title,
/// a rank the title names that the concept lacks, the length ratio, and whether the concept's labels hold the label
/// the title starts with (its head, when a field follows: "maurer hochbau"). A title alias counts as a preferred label
/// (ESCO's held-out labels cannot teach how far to trust a hand-written one). Weights are learned
/// (<see cref="LinkerWeights"/>); the names are the keys of <c>esco/linker_weights.csv</c>.
/// </summary>
internal static class RankFeatures
{
    public static readonly string[] Names =
    [
        "bias", "blend", "cosine", "head", "sameLanguage", "preferred", "queryCovered", "labelCovered",
        "languages", "labelsMatched", "groupSupport", "phraseInTitle", "rankContradiction", "lengthRatio", "holdsLeadingPhrase",
    ];

    public static int Count => Names.Length;

    /// <param name="queryWords">The title's content words (folded, linkers left out).</param>
    /// <param name="groupSupport">Share of the other candidates in the same ISCO-08 unit group.</param>
    /// <param name="phraseCoverage">When a label of this concept is a run of the title's words: the share of the title it covers; else 0.</param>
    /// <param name="leadingPhrase">A label found whole at the start of the title ("maurer" in "maurer hochbau"), or empty.</param>
    /// <param name="leadingSpecificity">1 / ln(e + the number of concepts with a label word starting with that phrase).</param>
    public static double[] Of(LabelIndex index, string folded, string[] queryWords, int language, ConceptEvidence evidence,
        double groupSupport, double phraseCoverage, string leadingPhrase, double leadingSpecificity)
    {
        var e = evidence.Entry;
        var label = index.Text[e];
        var isco = index.Concepts[evidence.Concept].Isco;
        return
        [
            1,
            evidence.Blend,
            evidence.Cosine,
            evidence.Head,
            language < 0 || index.Language[e] == language ? 1 : 0,
            index.Preferred[e] ? 1 : 0,
            Covered(queryWords, label),
            Covered(ContentWords(label), folded),
            System.Numerics.BitOperations.PopCount((uint)evidence.LanguageMask) / 4.0,
            Math.Log(1 + evidence.Entries) / Math.Log(81),
            groupSupport,
            phraseCoverage,
            RankMarkers.Contradicts(folded, isco) ? 1 : 0,
            (double)Math.Min(label.Length, folded.Length) / Math.Max(1, Math.Max(label.Length, folded.Length)),
            leadingPhrase.Length > 0 && (phraseCoverage > 0 || HoldsPhrase(index, evidence.Concept, leadingPhrase)) ? leadingSpecificity : 0,
        ];
    }

    /// <summary>
    /// Whether one of the concept's labels (any language) starts with the phrase ("maurer" → "Maurerpolier") or has
    /// it as its head word: the title's head is the concept's, not only a word of it ("Fahrlehrer für Berufskraftfahrer").
    /// </summary>
    private static bool HoldsPhrase(LabelIndex index, int concept, string phrase)
    {
        var labels = index.Concepts[concept].Labels;
        for (var lang = 0; lang < labels.Count; lang++)
        {
            foreach (var label in labels[lang])
            {
                var folded = TextFolding.Fold(label);
                if (folded.StartsWith(phrase, StringComparison.Ordinal) || HeadWord.Of(folded, lang) == phrase)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Folded words of three letters or more that are not linkers ("fur", "de", "and").</summary>
    public static string[] ContentWords(string folded) =>
        [.. folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !HeadWord.IsLinker(w))];

    /// <summary>Share of <paramref name="words"/> found inside <paramref name="text"/> (whole or as part of a compound).</summary>
    private static double Covered(string[] words, string text)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var word in words)
        {
            found += text.Contains(word, StringComparison.Ordinal) ? 1 : 0;
        }

        return (double)found / words.Length;
    }
}
