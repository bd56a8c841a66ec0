using GrensJobs.Core.Text;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Corrects the words of a query that neither the index's titles nor the occupation labels contain, from the closest
/// word of either (fewest edits, then the most common in the index). Bounded as typo tolerance is
/// (<see cref="QueryBounds"/>): at most <see cref="QueryBounds.MaxTypoWords"/> unknown words of at most
/// <see cref="QueryBounds.MaxTypoLetters"/> letters are corrected; longer words and later ones stay as written.
/// </summary>
internal sealed class SpellingCorrector(Lazy<LabelVocabulary> vocabulary)
{
    private const int MinLength = 4;

    /// <summary>The corrected query, or null when every word is known or nothing close exists.</summary>
    public string? Correct(string text, IndexReader reader, SearchDeadline deadline)
    {
        var words = QueryWords.Split(text);
        var changed = false;
        var attempts = 0;
        var corrected = new string[words.Length];
        var terms = MultiFields.GetTerms(reader, FieldNames.Spelling);
        for (var i = 0; i < words.Length; i++)
        {
            var word = TextFolding.Fold(words[i]);
            corrected[i] = word;
            if (word.Length < MinLength || QueryBounds.MaxEdits(word.Length) == 0 || attempts == QueryBounds.MaxTypoWords || IsKnown(word, reader))
            {
                continue;
            }

            attempts++;
            deadline.Check();
            if (Closest(word, terms) is { } replacement)
            {
                corrected[i] = replacement;
                changed = true;
            }
        }

        return changed ? string.Join(' ', corrected) : null;
    }

    private bool IsKnown(string word, IndexReader reader) =>
        vocabulary.Value.Words.Contains(word) || reader.DocFreq(new Term(FieldNames.Spelling, word)) > 0;

    private string? Closest(string word, Terms? terms)
    {
        var maxEdits = QueryBounds.MaxEdits(word.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = -1;

        void Consider(string candidate, int frequency)
        {
            var distance = EditDistance.Compute(word, candidate, maxEdits);
            if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        if (terms is not null)
        {
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(FieldNames.Spelling, word), maxEdits, 1, true);
            while (fuzzy.MoveNext())
            {
                Consider(fuzzy.Term.Utf8ToString(), fuzzy.DocFreq);
            }
        }

        foreach (var label in vocabulary.Value.Words)
        {
            if (label.Length > 0 && label[0] == word[0])
            {
                Consider(label, 0);
            }
        }

        return best;
    }
}
