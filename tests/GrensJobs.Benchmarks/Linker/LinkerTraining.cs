using System.Globalization;
using System.Text;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// <c>linker-train</c>: learns the occupation linker's ranking weights from ESCO labels held out of the index
/// (<see cref="HeldOutLabels"/>), calibrates the winner's probability on held-out concepts, and — with
/// <c>--tune DIR</c> — refits that calibration and the exact-match and generic-head probabilities (six numbers) on
/// the <c>tune</c> halves of the national occupation-title sets. Writes <c>esco/linker_weights.csv</c>.
/// </summary>
internal static class LinkerTraining
{
    private const int Seed = 14;

    private static readonly double Hide = double.Parse(Environment.GetEnvironmentVariable("LINKER_HIDE") ?? "0.9", CultureInfo.InvariantCulture);

    public static int Run(BenchmarkArguments arguments)
    {
        var output = arguments.OutputDirectory ?? Path.Combine("seeds", "esco", "linker_weights.csv");
        var catalog = EscoCatalog.Load(Seeds.DefaultDirectory);
        var linker = new OccupationLinker(catalog, weights: LinkerWeights.Default);
        var labels = HeldOutLabels.Draw(linker, Seed);
        Console.Error.WriteLine($"held-out ESCO labels: {labels.Count} ({labels.Count(l => l.Calibration)} of calibration concepts)");

        var ranked = labels.Select(l => (Label: l, Candidates: linker.Ranker.Rank(l.Folded, l.Language, HeldOutLabels.Hidden(linker.Index, l, Hide)))).ToList();
        var groups = ranked.Where(r => !r.Label.Calibration)
            .Select(r => (Candidates: r.Candidates.Select(c => c.Features).ToArray(), Gold: r.Candidates.FindIndex(c => c.Concept == r.Label.Concept)))
            .Where(g => g.Gold >= 0 && g.Candidates.Length > 1)
            .ToList();
        var weights = SoftmaxFit.Fit(groups, RankFeatures.Count);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var f = 0; f < RankFeatures.Count; f++)
        {
            values[RankFeatures.Names[f]] = weights[f];
        }

        var learned = LinkerWeights.FromValues(values);
        var points = new List<(double, double, bool)>();
        int before = 0, after = 0, held = 0;
        foreach (var (label, candidates) in ranked.Where(r => r.Label.Calibration))
        {
            held++;
            if (candidates.Count == 0)
            {
                continue;
            }

            before += candidates.MaxBy(c => c.Evidence.Blend)!.Concept == label.Concept ? 1 : 0;
            var logits = candidates.Select(c => learned.Score(c.Features)).ToArray();
            var best = Array.IndexOf(logits, logits.Max());
            var runner = logits.Where((_, i) => i != best).DefaultIfEmpty(logits[best] - 5).Max();
            var right = candidates[best].Concept == label.Concept;
            after += right ? 1 : 0;
            points.Add((logits[best], logits[best] - runner, right));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out concepts, acc@1: trigram blend {(double)before / held:0.000}, learned ranking {(double)after / held:0.000} ({held} titles)"));
        var (a, b, c) = PlattFit.Fit(points);
        (values["calibration.logit"], values["calibration.margin"], values["calibration.bias"]) = (a, b, c);
        PrintBands("held-out ESCO labels", points.Select(p => (Probability(a, b, c, p.Item1, p.Item2), p.Item3)));

        if (arguments.TuneDirectory is { } tune)
        {
            TuneHalves.Refit(catalog, LinkerWeights.FromValues(values), tune, values);
        }

        Write(output, values);
        Console.Error.WriteLine($"wrote {output}");
        return 0;
    }

    /// <summary>
    /// <c>linker-calibrate --tune DIR</c>: keeps the learned ranking weights of the weights file and refits only the
    /// numbers fitted on the <c>tune</c> halves (the calibration and its per-language shifts).
    /// </summary>
    public static int Calibrate(BenchmarkArguments arguments)
    {
        if (arguments.TuneDirectory is not { } tune)
        {
            Console.Error.WriteLine("linker-calibrate needs --tune DIR");
            return 2;
        }

        var output = arguments.OutputDirectory ?? Path.Combine("seeds", "esco", "linker_weights.csv");
        var values = File.ReadLines(Path.Combine(Seeds.DefaultDirectory, "esco", "linker_weights.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(r => r.Length >= 2)
            .ToDictionary(r => r[0], r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var shift in values.Keys.Where(k => k.StartsWith("calibration.bias.", StringComparison.Ordinal)
            || k.StartsWith("exact.bias.", StringComparison.Ordinal) || k.StartsWith("exact.alternative.", StringComparison.Ordinal)).ToList())
        {
            values.Remove(shift);
        }

        var catalog = EscoCatalog.Load(Seeds.DefaultDirectory);
        TuneHalves.Refit(catalog, LinkerWeights.FromValues(values), tune, values);
        Write(output, values);
        Console.Error.WriteLine($"wrote {output}");
        return 0;
    }

    internal static double Probability(double a, double b, double c, double logit, double margin) =>
        1 / (1 + Math.Exp(-((a * logit) + (b * margin) + c)));

    internal static void PrintBands(string what, IEnumerable<(double Probability, bool Right)> answers)
    {
        var bands = answers.GroupBy(x => Math.Min(9, (int)(x.Probability * 10))).OrderBy(g => g.Key);
        Console.Error.WriteLine($"{what}, confidence band -> accuracy: " + string.Join(", ", bands.Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"{g.Key / 10.0:0.0}: {g.Average(x => x.Right ? 1.0 : 0):0.00} (n={g.Count()})"))));
    }

    private static void Write(string path, Dictionary<string, double> values)
    {
        var text = new StringBuilder("name,value\n");
        foreach (var (name, value) in values)
        {
            text.Append(name).Append(',').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }
}
