using System.Globalization;
using System.Text.Json;
using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// The eight numbers fitted on the <c>tune</c> halves of the national occupation-title sets (never their <c>check</c>
/// halves, never a title): the calibration of the ranked path (three); the probability that an exact label in the
/// posting's language is right, with the change for an alternative label and for a label another concept shares
/// (three); and that an exact label of another language or a generic-head title is right (Laplace-smoothed accuracy).
/// </summary>
internal static class TuneHalves
{
    public static void Refit(EscoCatalog catalog, LinkerWeights weights, string directory, Dictionary<string, double> values)
    {
        var linker = new OccupationLinker(catalog, weights: weights);
        var ranked = new List<(double, double, bool)>();
        var blendRight = 0;
        var exact = new List<(double, double, bool)>();
        var paths = new Dictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.GetProperty("half").GetString() != "tune")
                {
                    continue;
                }

                var language = root.GetProperty("language").GetString();
                var decision = linker.Decide(linker.Prepare(root.GetProperty("title").GetString()!, language), EscoLanguages.IndexOf(language));
                if (decision.Concept < 0)
                {
                    continue;
                }

                var right = linker.Index.Concepts[decision.Concept].Uri == root.GetProperty("esco").GetString();
                if (decision.Path == "ranked")
                {
                    ranked.Add((decision.Logit, decision.Margin, right));
                    blendRight += linker.Index.Concepts[decision.Candidates.MaxBy(x => x.Evidence.Blend)!.Concept].Uri == root.GetProperty("esco").GetString() ? 1 : 0;
                }

                if (decision.Path == "exact")
                {
                    exact.Add((decision.ExactLabel.Preferred ? 0 : 1, decision.ExactLabel.Shared ? 1 : 0, right));
                }

                var (r, n) = paths.GetValueOrDefault(decision.Path);
                paths[decision.Path] = (r + (right ? 1 : 0), n + 1);
            }
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tune halves, ranked path: learned {ranked.Count(p => p.Item3)}/{ranked.Count}, trigram blend alone {blendRight}/{ranked.Count}"));
        var (a, b, c) = PlattFit.Fit(ranked);
        (values["calibration.logit"], values["calibration.margin"], values["calibration.bias"]) = (a, b, c);
        LinkerTraining.PrintBands("tune halves, ranked path", ranked.Select(p => (LinkerTraining.Probability(a, b, c, p.Item1, p.Item2), p.Item3)));
        var (alternative, shared, bias) = PlattFit.Fit(exact);
        (values["exact.alternative"], values["exact.shared"]) = (alternative, shared);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tune halves, exact in the posting's language: {exact.Count(e => e.Item3)}/{exact.Count} right; logit {bias:0.00}, alternative label {alternative:+0.00;-0.00}, label of another concept too {shared:+0.00;-0.00}"));
        foreach (var g in exact.GroupBy(e => (e.Item1, e.Item2)))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  alternative={g.Key.Item1} shared={g.Key.Item2}: {g.Count(e => e.Item3)}/{g.Count()}"));
        }

        foreach (var (path, key) in new[] { ("exact", "exact.sameLanguage"), ("exactOtherLanguage", "exact.otherLanguage"), ("generic", "generic") })
        {
            var (right, all) = paths.GetValueOrDefault(path);
            values[key] = path == "exact" ? 1 / (1 + Math.Exp(-bias)) : (right + 1.0) / (all + 2.0);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tune halves, {path}: {right}/{all} right → {values[key]:0.000}"));
        }
    }
}
