namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Chooses among label entries that all equal the title: the posting's language first, then a preferred label
/// over an alternative, then the concept whose labels repeat the title in the most languages ("Lagerist" is an
/// alternative of three concepts).
/// </summary>
internal static class ExactChoice
{
    public static (int Entry, bool SameLanguage) Pick(LabelIndex index, int[] entries, int language)
    {
        var best = entries[0];
        var bestRank = double.MinValue;
        foreach (var e in entries)
        {
            var rank = 0.0;
            if (language < 0 || index.Language[e] == language)
            {
                rank += 100;
            }

            if (index.Preferred[e])
            {
                rank += 10;
            }

            foreach (var other in entries)
            {
                if (other != e && index.Concept[other] == index.Concept[e])
                {
                    rank += 1;
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
}
