namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// Logistic calibration: fits p(right) = σ(a·x₁ + b·x₂ + c) to (x₁, x₂, right) by Newton's method, for the
/// winner's logit and its lead over the runner-up.
/// </summary>
internal static class PlattFit
{
    public static (double A, double B, double C) Fit(List<(double X1, double X2, bool Right)> points)
    {
        double a = 1, b = 0, c = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var g = new double[3];
            var h = new double[3, 3];
            foreach (var (x1, x2, right) in points)
            {
                double[] x = [x1, x2, 1];
                var p = 1 / (1 + Math.Exp(-((a * x1) + (b * x2) + c)));
                var r = (right ? 1 : 0) - p;
                var v = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < 3; i++)
                {
                    g[i] += r * x[i];
                    for (var j = 0; j < 3; j++)
                    {
                        h[i, j] += v * x[i] * x[j];
                    }
                }
            }

            for (var i = 0; i < 3; i++)
            {
                h[i, i] += 1e-6;
            }

            var step = Solve(h, g);
            var largest = step.Max(Math.Abs);
            if (largest > 1)
            {
                // damped: a step of at most 1 per parameter keeps Newton from overshooting on separable data
                step = [.. step.Select(s => s / largest)];
            }

            a += step[0];
            b += step[1];
            c += step[2];
            if (Math.Abs(step[0]) + Math.Abs(step[1]) + Math.Abs(step[2]) < 1e-8)
            {
                break;
            }
        }

        return (a, b, c);
    }

    internal static double[] Solve(double[,] m, double[] v)
    {
        var n = v.Length;
        var a = (double[,])m.Clone();
        var x = (double[])v.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                pivot = Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]) ? r : pivot;
            }

            for (var k = 0; k < n; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = 0; r < n; r++)
            {
                if (r == col)
                {
                    continue;
                }

                var factor = a[r, col] / a[col, col];
                for (var k = 0; k < n; k++)
                {
                    a[r, k] -= factor * a[col, k];
                }

                x[r] -= factor * x[col];
            }
        }

        for (var i = 0; i < n; i++)
        {
            x[i] /= a[i, i];
        }

        return x;
    }
}
