namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// Logistic shifts on top of a fixed calibration: fits p(right) = σ(base + θ·x) for θ by Newton's method, with a
/// Gaussian prior (λ/2·|θ|²) that keeps a shift fitted on few answers near zero — the per-language correction of the
/// shared calibration.
/// </summary>
internal static class ShiftFit
{
    public static double[] Fit(List<(double Base, double[] X, bool Right)> points, int count, double prior = 1)
    {
        var theta = new double[count];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var g = new double[count];
            var h = new double[count, count];
            for (var i = 0; i < count; i++)
            {
                g[i] -= prior * theta[i];
                h[i, i] += prior;
            }

            foreach (var (offset, x, right) in points)
            {
                var z = offset;
                for (var i = 0; i < count; i++)
                {
                    z += theta[i] * x[i];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var r = (right ? 1 : 0) - p;
                var v = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < count; i++)
                {
                    g[i] += r * x[i];
                    for (var j = 0; j < count; j++)
                    {
                        h[i, j] += v * x[i] * x[j];
                    }
                }
            }

            var step = PlattFit.Solve(h, g);
            var largest = step.Max(Math.Abs);
            if (largest > 1)
            {
                step = [.. step.Select(s => s / largest)];
            }

            for (var i = 0; i < count; i++)
            {
                theta[i] += step[i];
            }

            if (step.Sum(Math.Abs) < 1e-8)
            {
                break;
            }
        }

        return theta;
    }
}
