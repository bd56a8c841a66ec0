namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// Fits the ranker's weights as a conditional logit: per title, a softmax over its candidates, maximising the
/// probability of the right concept (L2-regularised, full-batch gradient ascent on standardised features).
/// The bias cancels inside a softmax; it is left to the calibration.
/// </summary>
internal static class SoftmaxFit
{
    private const int Iterations = 400;
    private const double Rate = 0.5;
    private const double L2 = 1e-4;

    /// <param name="groups">Per title: the candidates' feature vectors and the position of the right one.</param>
    public static double[] Fit(List<(double[][] Candidates, int Gold)> groups, int features)
    {
        var (mean, scale) = Standardisation(groups, features);
        var w = new double[features];
        var gradient = new double[features];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            foreach (var (candidates, gold) in groups)
            {
                var logits = new double[candidates.Length];
                var max = double.MinValue;
                for (var i = 0; i < candidates.Length; i++)
                {
                    logits[i] = Dot(w, candidates[i], mean, scale);
                    max = Math.Max(max, logits[i]);
                }

                var sum = 0.0;
                for (var i = 0; i < logits.Length; i++)
                {
                    logits[i] = Math.Exp(logits[i] - max);
                    sum += logits[i];
                }

                for (var i = 0; i < candidates.Length; i++)
                {
                    var weight = (i == gold ? 1 : 0) - (logits[i] / sum);
                    for (var f = 1; f < features; f++)
                    {
                        gradient[f] += weight * (candidates[i][f] - mean[f]) / scale[f];
                    }
                }
            }

            for (var f = 1; f < features; f++)
            {
                w[f] += Rate * ((gradient[f] / groups.Count) - (L2 * w[f]));
            }
        }

        // back to raw features: w·(x - mean)/scale = Σ (w/scale)·x - Σ w·mean/scale
        var raw = new double[features];
        for (var f = 1; f < features; f++)
        {
            raw[f] = w[f] / scale[f];
            raw[0] -= w[f] * mean[f] / scale[f];
        }

        return raw;
    }

    private static double Dot(double[] w, double[] x, double[] mean, double[] scale)
    {
        var sum = 0.0;
        for (var f = 1; f < w.Length; f++)
        {
            sum += w[f] * (x[f] - mean[f]) / scale[f];
        }

        return sum;
    }

    private static (double[] Mean, double[] Scale) Standardisation(List<(double[][] Candidates, int Gold)> groups, int features)
    {
        var mean = new double[features];
        var square = new double[features];
        var n = 0;
        foreach (var (candidates, _) in groups)
        {
            foreach (var x in candidates)
            {
                n++;
                for (var f = 0; f < features; f++)
                {
                    mean[f] += x[f];
                    square[f] += x[f] * x[f];
                }
            }
        }

        var scale = new double[features];
        for (var f = 0; f < features; f++)
        {
            mean[f] /= Math.Max(1, n);
            var variance = (square[f] / Math.Max(1, n)) - (mean[f] * mean[f]);
            scale[f] = variance > 1e-9 ? Math.Sqrt(variance) : 1;
        }

        return (mean, scale);
    }
}
