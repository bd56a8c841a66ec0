namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Ranks the candidate concepts of a folded title: the best concepts of the trigram index plus any concept with a
/// label found whole inside the title, each scored by the learned weights over its <see cref="RankFeatures"/>.
/// </summary>
internal sealed class CandidateRanker
{
    public const int Top = 10;

    private static readonly int EnglishPosition = EscoLanguages.IndexOf("en");

    private readonly LabelIndex _index;
    private readonly FuzzyMatcher _fuzzy;

    public CandidateRanker(LabelIndex index, FuzzyMatcher fuzzy, LinkerWeights weights)
    {
        _index = index;
        _fuzzy = fuzzy;
        Weights = weights;
    }

    public LinkerWeights Weights { get; }

    /// <summary>Candidates best first (highest logit); empty when the title shares nothing with any label.</summary>
    public List<RankedCandidate> Rank(string folded, int language, Func<int, bool>? hidden = null)
    {
        var evidence = _fuzzy.Evidence(folded, language, Top, hidden);
        var (phraseEntry, coverage, start, phrase) = PartialPhrase.Find(_index, folded, language, hidden);
        // the head leads in nl/de/fr titles that add a field ("maurer hochbau"); English puts its modifiers first
        var leading = start == 0 && language != EnglishPosition ? phrase : string.Empty;

        // a generic head ("conducteur", "technicien", "agent") is held by hundreds of concepts and tells little
        var specificity = leading.Length == 0 ? 0 : 1 / Math.Log(Math.E + _index.ConceptsWithWordStarting(leading, -1).Count);
        var phraseConcept = phraseEntry >= 0 ? _index.Concept[phraseEntry] : -1;
        if (phraseConcept >= 0 && !evidence.Exists(c => c.Concept == phraseConcept))
        {
            evidence.Add(_fuzzy.EvidenceOf(folded, language, phraseEntry));
        }

        var words = RankFeatures.ContentWords(folded);
        var ranked = new List<RankedCandidate>(evidence.Count);
        foreach (var candidate in evidence)
        {
            var isco = _index.Concepts[candidate.Concept].Isco;
            var same = 0;
            foreach (var other in evidence)
            {
                same += other.Concept != candidate.Concept && isco.Length > 0 && _index.Concepts[other.Concept].Isco == isco ? 1 : 0;
            }

            var features = RankFeatures.Of(_index, folded, words, language, candidate,
                evidence.Count > 1 ? (double)same / (evidence.Count - 1) : 0, candidate.Concept == phraseConcept ? coverage : 0, leading, specificity);
            ranked.Add(new RankedCandidate(candidate, features, Weights.Score(features)));
        }

        ranked.Sort((a, b) => b.Logit.CompareTo(a.Logit));
        return ranked;
    }
}
