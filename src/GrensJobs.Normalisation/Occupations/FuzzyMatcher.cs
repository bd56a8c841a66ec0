namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Finds the concept whose label is most similar to a folded title: candidates from the trigram index (rare grams
/// only), then IDF-weighted trigram cosine blended with the similarity of the head words' endings, so
/// "lagerleiter" stays with "Lagerleiter" and never drifts to "Lagerist". Labels in the posting's language win ties.
/// </summary>
internal sealed class FuzzyMatcher
{
    private const int CandidateDfCap = 3000;
    private const float CandidateShare = 0.5f;
    private const int Candidates = 80;
    private const double HeadWeight = 0.35;
    private const double OtherLanguageFactor = 0.9;
    private const double AlternativeFactor = 0.985;

    private readonly LabelIndex _index;

    public FuzzyMatcher(LabelIndex index)
    {
        _index = index;
    }

    /// <summary>Best concept position and score (0–1), or (-1, 0).</summary>
    public (int Concept, double Score, int Runner, double RunnerScore) Best(string folded, int language)
    {
        var queryGrams = Trigrams.Of(folded);
        if (queryGrams.Length == 0)
        {
            return (-1, 0, -1, 0);
        }

        var queryNorm = _index.NormOf(queryGrams);
        var queryHead = Trigrams.OfTail(HeadWord.Of(folded, language), HeadWord.Tail);

        // "chauffeur vrachtauto", "medewerker logistiek": public employment services put the head first
        var firstWord = folded.IndexOf(' ', StringComparison.Ordinal);
        var queryFirst = firstWord > 0 && language is 0 or 1 ? Trigrams.OfTail(folded[..firstWord], HeadWord.Tail) : [];
        var scratch = FuzzyScratch.For(_index);
        var candidates = Collect(queryGrams, scratch);
        var concepts = scratch.TouchedConcepts;
        concepts.Clear();
        foreach (var e in candidates)
        {
            var cosine = _index.Cosine(queryGrams, queryNorm, e);
            var head = Math.Max(Trigrams.Dice(queryHead, _index.Heads[e]), 0.9 * Trigrams.Dice(queryFirst, _index.Heads[e]));
            var score = ((1 - HeadWeight) * cosine) + (HeadWeight * head);
            if (language >= 0 && _index.Language[e] != language)
            {
                score *= OtherLanguageFactor;
            }

            if (!_index.Preferred[e])
            {
                score *= AlternativeFactor;
            }

            var c = _index.Concept[e];
            if (scratch.ConceptScores[c] == 0)
            {
                concepts.Add(c);
            }

            if (score > scratch.ConceptScores[c])
            {
                scratch.ConceptScores[c] = score;
                scratch.ConceptEntries[c] = e;
            }
        }

        int best = -1, runner = -1;
        double bestScore = 0, runnerScore = 0;
        foreach (var c in concepts)
        {
            var score = scratch.ConceptScores[c];
            scratch.ConceptScores[c] = 0;
            if (score > bestScore)
            {
                (runner, runnerScore) = (best, bestScore);
                (best, bestScore) = (c, score);
            }
            else if (score > runnerScore)
            {
                (runner, runnerScore) = (c, score);
            }
        }

        return (best, bestScore, runner, runnerScore);
    }

    private List<int> Collect(int[] queryGrams, FuzzyScratch scratch)
    {
        var acc = scratch.Accumulator;
        var touched = scratch.Touched;
        touched.Clear();
        var cap = CandidateDfCap;
        var usable = 0;
        foreach (var g in queryGrams)
        {
            if (_index.Df[g] > 0 && _index.Df[g] <= cap)
            {
                usable++;
            }
        }

        if (usable == 0)
        {
            cap = int.MaxValue;
        }

        foreach (var g in queryGrams)
        {
            var df = _index.Df[g];
            if (df == 0 || df > cap)
            {
                continue;
            }

            var weight = _index.Idf2[g];
            foreach (var e in _index.Postings[g])
            {
                if (acc[e] == 0)
                {
                    touched.Add(e);
                }

                acc[e] += weight;
            }
        }

        var max = 0f;
        foreach (var e in touched)
        {
            var partial = acc[e] / _index.Norm[e];
            acc[e] = partial;
            max = Math.Max(max, partial);
        }

        var threshold = max * CandidateShare;
        var result = new List<int>(Candidates * 2);
        foreach (var e in touched)
        {
            if (acc[e] >= threshold)
            {
                result.Add(e);
            }
        }

        if (result.Count > Candidates)
        {
            result.Sort((a, b) => acc[b].CompareTo(acc[a]));
            result.RemoveRange(Candidates, result.Count - Candidates);
        }

        foreach (var e in touched)
        {
            acc[e] = 0;
        }

        return result;
    }
}
