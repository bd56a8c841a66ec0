using System.Globalization;

namespace GrensJobs.Benchmarks;

internal sealed record BenchmarkArguments(string Suite, int Count, int Seed, bool Quick)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var suite = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "normalise";
        var quick = args.Contains("--quick");
        var count = Value(args, "--count") ?? (quick ? 2_000 : 20_000);
        var seed = Value(args, "--seed") ?? 42;
        return new BenchmarkArguments(suite, count, seed, quick);
    }

    private static int? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }
}
