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
        var rankedLanguage = new List<int>();
        var blendRight = 0;
        var exact = new List<(double, double, bool)>();
        var exactLanguage = new List<int>();
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
                var lang = EscoLanguages.IndexOf(language);
                if (decision.Path == "ranked")
                {
                    ranked.Add((decision.Logit, decision.Margin, right));
                    rankedLanguage.Add(lang);
                    blendRight += linker.Index.Concepts[decision.Candidates.MaxBy(x => x.Evidence.Blend)!.Concept].Uri == root.GetProperty("esco").GetString() ? 1 : 0;
                }

                if (decision.Path == "exact")
                {
                    exact.Add((decision.ExactLabel.Preferred ? 0 : 1, decision.ExactLabel.Shared ? 1 : 0, right));
                    exactLanguage.Add(lang);
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
        foreach (var g in exact.Select((e, i) => (e, Lang: exactLanguage[i])).GroupBy(e => (e.Lang, e.e.Item1, e.e.Item2)).OrderBy(g => g.Key))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(g.Key.Lang >= 0 ? EscoLanguages.Codes[g.Key.Lang] : "-")} alternative={g.Key.Item2} shared={g.Key.Item3}: {g.Count(e => e.e.Item3)}/{g.Count()}"));
        }

        FitLanguageShifts(ranked, rankedLanguage, exact, exactLanguage, (a, b, c), (alternative, shared, bias), values);

        foreach (var (path, key) in new[] { ("exact", "exact.sameLanguage"), ("exactOtherLanguage", "exact.otherLanguage"), ("generic", "generic") })
        {
            var (right, all) = paths.GetValueOrDefault(path);
            values[key] = path == "exact" ? 1 / (1 + Math.Exp(-bias)) : (right + 1.0) / (all + 2.0);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tune halves, {path}: {right}/{all} right → {values[key]:0.000}"));
        }
    }

    /// <summary>
    /// One calibration serves every language badly (titles in one language are harder to link than in another): on
    /// top of the shared calibration, fits per title language a shift of the ranked path's logit and of the exact
    /// path's logit (and of its alternative-label change) — up to nine numbers, each drawn towards zero by a prior.
    /// </summary>
    private static void FitLanguageShifts(List<(double Logit, double Margin, bool Right)> ranked, List<int> rankedLanguage,
        List<(double Alternative, double Shared, bool Right)> exact, List<int> exactLanguage,
        (double A, double B, double C) platt, (double Alternative, double Shared, double Bias) exactFit, Dictionary<string, double> values)
    {
        const int n = EscoLanguages.Count;
        var rankedPoints = ranked.Select((p, i) => (
            Base: (platt.A * p.Logit) + (platt.B * p.Margin) + platt.C,
            X: OneHot(rankedLanguage[i], n, 1),
            p.Right)).Where(p => p.X.Sum() > 0).ToList();
        var rankedShift = ShiftFit.Fit(rankedPoints, n);
        var exactPoints = exact.Select((p, i) => (
            Base: exactFit.Bias + (exactFit.Alternative * p.Alternative) + (exactFit.Shared * p.Shared),
            X: (double[])[.. OneHot(exactLanguage[i], n, 1), .. OneHot(exactLanguage[i], n, p.Alternative)],
            p.Right)).Where(p => p.X.Sum() > 0).ToList();
        var exactShift = ShiftFit.Fit(exactPoints, 2 * n);
        for (var l = 0; l < n; l++)
        {
            var code = EscoLanguages.Codes[l];
            if (rankedLanguage.Contains(l))
            {
                values["calibration.bias." + code] = rankedShift[l];
                LinkerTraining.PrintBands($"tune halves, ranked path, {code}", ranked.Where((_, i) => rankedLanguage[i] == l)
                    .Select(p => (LinkerTraining.Probability(platt.A, platt.B, platt.C + rankedShift[l], p.Logit, p.Margin), p.Right)));
            }

            if (exactLanguage.Contains(l))
            {
                (values["exact.bias." + code], values["exact.alternative." + code]) = (exactShift[l], exactShift[n + l]);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"tune halves, {code}: ranked shift {rankedShift[l]:+0.00;-0.00}, exact shift {exactShift[l]:+0.00;-0.00}, alternative label {exactShift[n + l]:+0.00;-0.00}"));
            }
        }
    }

    private static double[] OneHot(int index, int count, double value)
    {
        var x = new double[count];
        if (index >= 0)
        {
            x[index] = value;
        }

        return x;
    }
}
