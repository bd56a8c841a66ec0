using System.Collections.Concurrent;
using GrensJobs.Core.Occupations;
using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Links a vacancy title (and, where the title is vague, its description) to an ESCO occupation and its ISCO-08
/// unit group: title cleaning, then an exact label lookup, then trigram similarity; null when nothing fits.
/// Thread-safe.
/// </summary>
internal sealed class OccupationLinker
{
    /// <summary>Below this similarity a title is not linked.</summary>
    public const double Threshold = 0.42;

    private const int CacheLimit = 100_000;
    /// <summary>Logit lead under which the runner-up is a near tie the description may break.</summary>
    private const double NearTie = 0.2;

    /// <summary>Below this confidence an occupation the description's opening names may replace the title's answer.</summary>
    private const double DescriptionFallback = 0.55;

    /// <summary>The lead of a winner without runner-up.</summary>
    private const double NoRunnerMargin = 5;

    private static readonly int PhraseFeature = Array.IndexOf(RankFeatures.Names, "phraseInTitle");
    private const double UnknownFieldCap = 0.55;

    private readonly LabelIndex _index;
    private readonly TitleCleaner _cleaner;
    private readonly CandidateRanker _ranker;
    private readonly DescriptionScanner _scanner;
    private readonly TieBreaker _tieBreaker;
    private readonly ConcurrentDictionary<(string, int), (OccupationMatch? Match, int Runner)> _cache = new();

    /// <param name="useAliases">Whether the job-market title aliases join ESCO's labels (off only to measure ESCO alone).</param>
    /// <param name="weights">Other weights than the catalog's (training compares them).</param>
    public OccupationLinker(EscoCatalog catalog, bool useAliases = true, LinkerWeights? weights = null)
    {
        _index = new LabelIndex(catalog, useAliases);
        _cleaner = new TitleCleaner(_index.IsLabelWord);
        _ranker = new CandidateRanker(_index, new FuzzyMatcher(_index), weights ?? catalog.Weights);
        _scanner = new DescriptionScanner(_index);
        _tieBreaker = new TieBreaker(catalog);
    }

    public EscoCatalog Catalog => _index.Catalog;

    public TitleCleaner Cleaner => _cleaner;

    internal LabelIndex Index => _index;

    internal CandidateRanker Ranker => _ranker;

    /// <summary>The folded, cleaned title the linker looks up: gender marks, noise and plurals gone.</summary>
    internal string Prepare(string title, string? language) => TextFolding.Fold(_cleaner.Clean(title, language));

    /// <param name="employer">
    /// The employer's name: its words are never read as an occupation in the text ("Müller Logistik GmbH sucht …" names
    /// no miller, "Schäfer Bau" no shepherd).
    /// </param>
    public OccupationMatch? Link(string title, string? text, string? language, string? country, string? employer = null)
    {
        var lang = EscoLanguages.IndexOf(language);
        if (lang < 0)
        {
            lang = country switch
            {
                "DE" or "de" => 1,
                "NL" or "nl" => 0,
                _ => -1,
            };
        }

        var folded = Prepare(title, language);
        if (VagueTitles.IsVague(folded))
        {
            return string.IsNullOrWhiteSpace(text) ? null : _scanner.Scan(text, lang, employer);
        }

        var key = (folded, lang);
        if (!_cache.TryGetValue(key, out var resolved))
        {
            resolved = LinkFolded(folded, lang);
            if (_cache.Count < CacheLimit)
            {
                _cache.TryAdd(key, resolved);
            }
        }

        var (match, runner) = resolved;
        if (string.IsNullOrWhiteSpace(text))
        {
            return match;
        }

        if (match is not null && runner >= 0 && _tieBreaker.PrefersRunner(match.Esco, runner, text, lang))
        {
            return ToMatch(runner, match.Confidence);
        }

        if (match is null || match.Confidence < DescriptionFallback)
        {
            // The description refines a weak title link within its kind of work (the same ISCO-08 major group); it
            // never turns a fitter's title into an engineer or a manager.
            var fromText = _scanner.Scan(text, lang, employer);
            if (fromText is not null && (match is null || (fromText.Confidence > match.Confidence && fromText.Isco[0] == match.Isco[0])))
            {
                return fromText;
            }
        }

        return match;
    }

    private (OccupationMatch? Match, int Runner) LinkFolded(string folded, int lang)
    {
        var (match, runner, exact) = LinkCandidate(folded, lang);

        // A supervisor's or engineer's title that only resembles a worker's label ("Schichtleiter Produktion" →
        // factory hand, "Schweißfachingenieur" → welder) is not that occupation: better no link than the wrong one.
        return match is not null && !exact && RankMarkers.Contradicts(folded, match.Isco) ? (null, -1) : (match, runner);
    }

    private (OccupationMatch? Match, int Runner, bool Exact) LinkCandidate(string folded, int lang)
    {
        var decision = Decide(folded, lang);
        return decision.Concept < 0
            ? (null, -1, false)
            : (ToMatch(decision.Concept, decision.Confidence), decision.Runner, decision.Path.StartsWith("exact", StringComparison.Ordinal));
    }

    /// <summary>The decision on a folded, cleaned title (see <see cref="Prepare"/>) in language position <paramref name="lang"/>.</summary>
    internal LinkDecision Decide(string folded, int lang)
    {
        var weights = _ranker.Weights;

        // ISCO-08 groups are named in the plural ("Kitchen helpers", "Cooks"): only a plural title may be one
        var singular = _index.Singular(folded);
        Func<int, bool>? hidden = singular != folded ? null : _index.IsGroupEntry;
        var exact = Exact(folded, hidden);
        foreach (var variant in TitleVariants.Of(folded))
        {
            if (exact.Length > 0)
            {
                break;
            }

            exact = Exact(variant, hidden);
        }

        if (exact.Length == 0 && singular != folded)
        {
            exact = Exact(singular, hidden);
        }

        if (exact.Length > 0)
        {
            var (entry, sameLanguage) = ExactChoice.Pick(_index, exact, lang);
            var shared = exact.Any(e => _index.Concept[e] != _index.Concept[entry] && (lang < 0 || _index.Language[e] == lang));
            var exactConfidence = weights.Exact(sameLanguage, _index.Preferred[entry] || _index.IsAlias(entry), shared, lang);
            return new LinkDecision(sameLanguage ? "exact" : "exactOtherLanguage", _index.Concept[entry], exactConfidence, 0, 0, -1, [])
            {
                ExactLabel = (_index.Preferred[entry] || _index.IsAlias(entry), shared),
            };
        }

        var generic = GenericHead.Find(_index, folded, lang);
        if (generic >= 0)
        {
            return new LinkDecision("generic", generic, weights.Generic, 0, 0, -1, []);
        }

        var ranked = _ranker.Rank(singular, lang, hidden);
        if (ranked.Count == 0)
        {
            return LinkDecision.None(ranked);
        }

        var top = ranked[0];
        if (top.Features[PhraseFeature] <= 0 && ranked.Max(c => c.Evidence.Blend) < Threshold)
        {
            return LinkDecision.None(ranked);
        }

        var margin = ranked.Count > 1 ? top.Logit - ranked[1].Logit : NoRunnerMargin;
        var confidence = weights.Calibrate(top.Logit, margin, lang);

        // "medewerker bouw" whose field matched nothing: a label sharing the generic head is no evidence
        var cap = GenericHead.Has(singular) ? UnknownFieldCap : 0.99;
        var runner = ranked.Count > 1 && margin <= NearTie && !_index.IsGroup(ranked[1].Concept) && !_index.IsGroup(top.Concept) ? ranked[1].Concept : -1;
        return new LinkDecision("ranked", top.Concept, Math.Round(Math.Min(cap, confidence), 3), top.Logit, margin, runner, ranked);
    }

    private int[] Exact(string folded, Func<int, bool>? hidden)
    {
        var entries = _index.Exact(folded);
        return hidden is null || entries.Length == 0 ? entries : Array.FindAll(entries, e => !hidden(e));
    }

    internal OccupationMatch ToMatch(int concept, double confidence)
    {
        var c = _index.Concepts[concept];
        return new OccupationMatch(c.Uri, c.Isco, c.PreferredLabels, confidence);
    }
}
