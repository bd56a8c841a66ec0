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

    /// <summary>A label counts as agreeing evidence in its language from this cosine on.</summary>
    private const double AgreeingCosine = 0.5;

    /// <summary>Best concept position and score (0–1), or (-1, 0).</summary>
    public (int Concept, double Score, int Runner, double RunnerScore) Best(string folded, int language)
    {
        var evidence = Evidence(folded, language, 2);
        return evidence.Count switch
        {
            0 => (-1, 0, -1, 0),
            1 => (evidence[0].Concept, evidence[0].Blend, -1, 0),
            _ => (evidence[0].Concept, evidence[0].Blend, evidence[1].Concept, evidence[1].Blend),
        };
    }

    /// <summary>
    /// The <paramref name="top"/> concepts with the best blended score, best first. <paramref name="hidden"/> hides
    /// label entries (training holds a concept's own label out this way).
    /// </summary>
    public List<ConceptEvidence> Evidence(string folded, int language, int top, Func<int, bool>? hidden = null)
    {
        var result = new List<ConceptEvidence>(top);
        var queryGrams = Trigrams.Of(folded);
        if (queryGrams.Length == 0)
        {
            return result;
        }

        var queryNorm = _index.NormOf(queryGrams);
        var queryHead = Trigrams.OfTail(HeadWord.Of(folded, language), HeadWord.Tail);

        // "chauffeur vrachtauto", "medewerker logistiek": public employment services put the head first
        var firstWord = folded.IndexOf(' ', StringComparison.Ordinal);
        var queryFirst = firstWord > 0 && language is 0 or 1 ? Trigrams.OfTail(folded[..firstWord], HeadWord.Tail) : [];
        var scratch = FuzzyScratch.For(_index);
        var candidates = Collect(queryGrams, scratch, hidden);
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
                scratch.ConceptMasks[c] = 0;
                scratch.ConceptCounts[c] = 0;
            }

            scratch.ConceptCounts[c]++;
            if (cosine >= AgreeingCosine)
            {
                scratch.ConceptMasks[c] |= 1 << _index.Language[e];
            }

            if (score > scratch.ConceptScores[c])
            {
                scratch.ConceptScores[c] = score;
                scratch.ConceptEntries[c] = e;
                scratch.ConceptCosines[c] = cosine;
                scratch.ConceptHeads[c] = head;
            }
        }

        foreach (var c in concepts)
        {
            var evidence = new ConceptEvidence(c, scratch.ConceptEntries[c], scratch.ConceptScores[c], scratch.ConceptCosines[c],
                scratch.ConceptHeads[c], scratch.ConceptMasks[c], scratch.ConceptCounts[c]);
            scratch.ConceptScores[c] = 0;
            if (result.Count < top)
            {
                result.Add(evidence);
            }
            else if (evidence.Blend > result[^1].Blend)
            {
                result[^1] = evidence;
            }
            else
            {
                continue;
            }

            // keep best first: one insertion step per added item
            for (var i = result.Count - 1; i > 0 && result[i].Blend > result[i - 1].Blend; i--)
            {
                (result[i], result[i - 1]) = (result[i - 1], result[i]);
            }
        }

        return result;
    }

    /// <summary>The evidence of one label entry alone (a phrase found inside the title), in the same terms.</summary>
    public ConceptEvidence EvidenceOf(string folded, int language, int entry)
    {
        var queryGrams = Trigrams.Of(folded);
        var cosine = queryGrams.Length == 0 ? 0 : _index.Cosine(queryGrams, _index.NormOf(queryGrams), entry);
        var head = Trigrams.Dice(Trigrams.OfTail(HeadWord.Of(folded, language), HeadWord.Tail), _index.Heads[entry]);
        var score = ((1 - HeadWeight) * cosine) + (HeadWeight * head);
        if (language >= 0 && _index.Language[entry] != language)
        {
            score *= OtherLanguageFactor;
        }

        return new ConceptEvidence(_index.Concept[entry], entry, score, cosine, head, 1 << _index.Language[entry], 1);
    }

    private List<int> Collect(int[] queryGrams, FuzzyScratch scratch, Func<int, bool>? hidden)
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
                if (hidden is not null && hidden(e))
                {
                    continue;
                }

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
