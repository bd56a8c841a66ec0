using System.Globalization;
using System.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The linker's reasoning on one title as text for <c>normalise --explain</c>: the cleaned title, the path taken,
/// and the best candidates with their evidence, logit and calibrated probability.
/// </summary>
internal static class OccupationExplanation
{
    private const int Shown = 5;

    public static string Of(OccupationLinker linker, string title, string? language)
    {
        var lang = EscoLanguages.IndexOf(language);
        var folded = linker.Prepare(title, language);
        var decision = linker.Decide(folded, lang);
        var index = linker.Index;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"title: {title}\n  cleaned: \"{folded}\"");
        text.Append(CultureInfo.InvariantCulture, $"  path: {decision.Path}");
        if (decision.Concept >= 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"  → {Name(index, decision.Concept, lang)} (confidence {decision.Confidence:0.000})");
        }

        text.Append('\n');
        var candidates = decision.Candidates;
        for (var i = 0; i < Math.Min(Shown, candidates.Count); i++)
        {
            var c = candidates[i];
            var best = i == 0 ? (candidates.Count > 1 ? candidates[1].Logit : c.Logit - 5) : candidates[0].Logit;
            var p = linker.Ranker.Weights.Calibrate(c.Logit, c.Logit - best, lang);
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {Name(index, c.Concept, lang)} via \"{index.Text[c.Evidence.Entry]}\" logit {c.Logit:0.00} p {p:0.000} |");
            for (var f = 1; f < c.Features.Length; f++)
            {
                if (c.Features[f] != 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {RankFeatures.Names[f]} {c.Features[f]:0.00}");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Name(LabelIndex index, int concept, int lang)
    {
        var c = index.Concepts[concept];
        var label = c.PreferredLabels.GetValueOrDefault(lang >= 0 ? EscoLanguages.Codes[lang] : "en")
            ?? c.PreferredLabels.GetValueOrDefault("en") ?? c.Uri;
        return $"{label} [{c.Isco}]";
    }
}
