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
    private const double NearTie = 0.03;
    private const double GenericConfidence = 0.75;
    private const double UnknownFieldCap = 0.55;

    private readonly LabelIndex _index;
    private readonly TitleCleaner _cleaner;
    private readonly FuzzyMatcher _fuzzy;
    private readonly DescriptionScanner _scanner;
    private readonly TieBreaker _tieBreaker;
    private readonly ConcurrentDictionary<(string, int), (OccupationMatch? Match, int Runner)> _cache = new();

    /// <param name="useAliases">Whether the job-market title aliases join ESCO's labels (off only to measure ESCO alone).</param>
    public OccupationLinker(EscoCatalog catalog, bool useAliases = true)
    {
        _index = new LabelIndex(catalog, useAliases);
        _cleaner = new TitleCleaner(_index.IsLabelWord);
        _fuzzy = new FuzzyMatcher(_index);
        _scanner = new DescriptionScanner(_index);
        _tieBreaker = new TieBreaker(catalog);
    }

    public EscoCatalog Catalog => _index.Catalog;

    public TitleCleaner Cleaner => _cleaner;

    public OccupationMatch? Link(string title, string? text, string? language, string? country)
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

        var folded = _index.Singular(TextFolding.Fold(_cleaner.Clean(title, language)));
        if (VagueTitles.IsVague(folded))
        {
            return string.IsNullOrWhiteSpace(text) ? null : _scanner.Scan(text, lang);
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

        if (match is null || match.Confidence < 0.55)
        {
            var fromText = _scanner.Scan(text, lang);
            if (fromText is not null && (match is null || fromText.Confidence > match.Confidence))
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
        var exact = _index.Exact(folded);
        foreach (var variant in TitleVariants.Of(folded))
        {
            if (exact.Length > 0)
            {
                break;
            }

            exact = _index.Exact(variant);
        }

        if (exact.Length > 0)
        {
            var (entry, sameLanguage) = ExactChoice.Pick(_index, exact, lang);
            return (ToMatch(_index.Concept[entry], sameLanguage ? 0.97 : 0.9), -1, true);
        }

        var generic = GenericHead.Find(_index, folded, lang);
        if (generic >= 0)
        {
            return (ToMatch(generic, GenericConfidence), -1, false);
        }

        var (concept, score, runner, runnerScore) = _fuzzy.Best(folded, lang);
        var (partial, coverage, start, phrase) = PartialPhrase.Find(_index, folded, lang);
        if (partial >= 0)
        {
            var partialScore = 0.6 + (0.35 * coverage);
            if (partialScore >= score || (start == 0 && concept >= 0 && !HasLabelContaining(concept, phrase)))
            {
                return (ToMatch(_index.Concept[partial], Math.Round(partialScore, 3)), -1, false);
            }
        }

        if (concept < 0 || score < Threshold)
        {
            return (null, -1, false);
        }

        var nearTie = runner >= 0 && runnerScore >= score - NearTie;

        // "medewerker bouw" whose field matched nothing: a label sharing the generic head is no evidence
        var cap = GenericHead.Has(folded) ? UnknownFieldCap : 0.95;
        return (ToMatch(concept, Math.Round(Math.Min(cap, score), 3)), nearTie ? runner : -1, false);
    }

    /// <summary>Whether a concept has a label holding <paramref name="phrase"/>: a fuzzy winner without the title's head word loses to it.</summary>
    private bool HasLabelContaining(int concept, string phrase)
    {
        foreach (var labels in _index.Catalog.Concepts[concept].Labels)
        {
            foreach (var label in labels)
            {
                if (TextFolding.Fold(label).Contains(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal OccupationMatch ToMatch(int concept, double confidence)
    {
        var c = _index.Catalog.Concepts[concept];
        return new OccupationMatch(c.Uri, c.Isco, c.PreferredLabels, confidence);
    }
}
