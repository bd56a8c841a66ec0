namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Chooses among label entries that all equal the title: the posting's language first, then a preferred label
/// over an alternative, then the concept whose preferred labels (all languages) look most like the title
/// ("vakkenvuller" is an alternative of both shop assistant and shelf filler, whose Dutch preferred label is
/// "schappenvuller"), then the concept that repeats the title in the most languages.
/// </summary>
internal static class ExactChoice
{
    public static (int Entry, bool SameLanguage) Pick(LabelIndex index, int[] entries, int language)
    {
        var best = entries[0];
        var bestRank = double.MinValue;
        var queryGrams = entries.Length > 1 ? index.Grams[entries[0]] : [];
        foreach (var e in entries)
        {
            var rank = 0.0;
            if (language < 0 || index.Language[e] == language)
            {
                rank += 100;
            }

            if (index.IsAlias(e))
            {
                rank += 20;
            }
            else if (index.Preferred[e])
            {
                rank += 10;
            }

            // an occupation with the title as its label fits it better than the ISCO group of the same name
            if (index.IsGroup(index.Concept[e]))
            {
                rank -= 8;
            }

            if (entries.Length > 1)
            {
                rank += 5 * LikenessToPreferred(index, queryGrams, index.Concept[e]);
                foreach (var other in entries)
                {
                    if (other != e && index.Concept[other] == index.Concept[e])
                    {
                        rank += 0.5;
                    }
                }
            }

            if (rank > bestRank)
            {
                bestRank = rank;
                best = e;
            }
        }

        return (best, language < 0 || index.Language[best] == language);
    }

    private static double LikenessToPreferred(LabelIndex index, int[] queryGrams, int concept)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var p in index.PreferredEntries[concept])
        {
            sum += Trigrams.Dice(queryGrams, index.Grams[p]);
            count++;
        }

        return count == 0 ? 0 : sum / count;
    }
}
