using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// Titles to learn from, made from ESCO itself: per concept (and ISCO-08 group) and language up to
/// <see cref="PerLanguage"/> labels drawn at random, each cleaned and folded like a title. While one is ranked, every label of its own concept that looks
/// like it (trigram Dice ≥ <see cref="HideFrom"/>: the label itself, its other gender, its plural) is hidden, so the
/// concept must be found through its other labels — as a title ESCO does not list must be. A quarter of the titles
/// instead keep their label in the index and get a qualifier after it (a word of another label of that language),
/// as employers and services write them ("timmerman nieuwbouw"). One concept in five
/// (by a stable hash of its URI) is kept for calibration and never trained on.
/// </summary>
internal static class HeldOutLabels
{
    public const int PerLanguage = 2;
    public const double HideFrom = 0.9;

    /// <summary>Share of the titles made of a label that stays in the index and a qualifier after it.</summary>
    public const double QualifiedShare = 0.25;

    public static List<HeldOutLabel> Draw(OccupationLinker linker, int seed)
    {
        var random = new Random(seed);
        var index = linker.Index;
        var result = new List<HeldOutLabel>(index.Concepts.Count * 8);
        for (var c = 0; c < index.Concepts.Count; c++)
        {
            var concept = index.Concepts[c];
            var minimum = index.IsGroup(c) ? 1 : 2;
            var calibration = StableHash(concept.Uri) % 5 == 0;
            for (var lang = 0; lang < EscoLanguages.Count; lang++)
            {
                var labels = concept.Labels[lang].Distinct(StringComparer.Ordinal).ToList();
                for (var k = 0; k < PerLanguage && labels.Count >= minimum; k++)
                {
                    var at = random.Next(labels.Count);
                    var folded = index.Singular(linker.Prepare(labels[at], EscoLanguages.Codes[lang]));
                    labels.RemoveAt(at);
                    if (folded.Length < 3)
                    {
                        continue;
                    }

                    if (random.NextDouble() < QualifiedShare)
                    {
                        // "timmerman nieuwbouw", "Maurer Hochbau": the label stays in the index and a qualifier follows it
                        result.Add(new HeldOutLabel(folded + " " + Qualifier(index, lang, random), lang, c, calibration, Hide: false));
                    }
                    else
                    {
                        result.Add(new HeldOutLabel(folded, lang, c, calibration));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>A word of another label in the same language, of five letters or more (a sector, material or specialism).</summary>
    private static string Qualifier(LabelIndex index, int language, Random random)
    {
        while (true)
        {
            var e = random.Next(index.FirstAlias);
            if (index.Language[e] != language)
            {
                continue;
            }

            var words = index.Text[e].Split(' ').Where(w => w.Length >= 5).ToArray();
            if (words.Length > 0)
            {
                return words[random.Next(words.Length)];
            }
        }
    }

    /// <summary>The label entries a held-out title may not be found through.</summary>
    public static Func<int, bool>? Hidden(LabelIndex index, HeldOutLabel label, double hideFrom = HideFrom)
    {
        if (!label.Hide)
        {
            return null;
        }

        var grams = Trigrams.Of(label.Folded);
        return e => index.Concept[e] == label.Concept && Trigrams.Dice(grams, index.Grams[e]) >= hideFrom;
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var ch in text)
        {
            hash = unchecked((hash * 31) + ch);
        }

        return hash & int.MaxValue;
    }
}
