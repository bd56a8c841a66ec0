using System.Globalization;

namespace GrensJobs.Benchmarks;

internal sealed record BenchmarkArguments(string Suite, int Count, int Seed, bool Quick)
{
    /// <summary>Queries per pass of a search benchmark (<c>--queries</c>).</summary>
    public int Queries { get; init; } = 1_000;

    /// <summary>Print query plans of a sample of the mix (<c>--explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>Run only the GrensJobs side of the <c>search</c> benchmark (<c>--skip-peer</c>).</summary>
    public bool SkipPeer { get; init; }

    /// <summary>Where the <c>search</c> benchmark caches its normalised corpus (<c>--work DIR</c>).</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>A kept index to serve queries from, without the store or the peer (<c>--index DIR</c>, for profiling).</summary>
    public string? IndexDirectory { get; init; }

    /// <summary>With <c>--index</c>: the query mix from this file instead of the corpus (<c>--query-file</c>; the full benchmark's serving process).</summary>
    public string? QueryFile { get; init; }

    /// <summary>With <c>--index</c>: where to write the first measured pass and memory as JSON (<c>--result-file</c>).</summary>
    public string? ResultFile { get; init; }

    /// <summary>Measured passes over the query mix with <c>--index</c> (<c>--passes</c>).</summary>
    public int Passes { get; init; } = 1;

    /// <summary>Where <c>demo-sites</c> writes the sites (<c>--out DIR</c>).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Where <c>linker-train</c> finds the national occupation-title sets whose <c>tune</c> halves fit the calibration (<c>--tune DIR</c>).</summary>
    public string? TuneDirectory { get; init; }

    /// <summary>Sites crawled at once by the <c>crawl</c> benchmark (<c>--hosts</c>).</summary>
    public int Hosts { get; init; } = 100;

    /// <summary>Politeness of every <c>crawl</c> site, requests per second (<c>--rate</c>).</summary>
    public double Rate { get; init; } = 2;

    /// <summary>Requests over all sites in the <c>crawl</c> benchmark (<c>--pages</c>).</summary>
    public int Pages { get; init; } = 100_000;

    /// <summary>How long the <c>soak</c> runs, minutes (<c>--minutes</c>).</summary>
    public int Minutes { get; init; } = 10;

    /// <summary>Vacancies in the <c>match</c> benchmark's index (<c>--vacancies</c>).</summary>
    public int Vacancies { get; init; } = 1_000_000;

    /// <summary>Jobseeker profiles in the <c>match</c> benchmark's store and private index (<c>--profiles</c>).</summary>
    public int Profiles { get; init; } = 200_000;

    /// <summary>Timed matches per direction in the <c>match</c> benchmark (<c>--queries</c>).</summary>
    public int MatchQueries { get; init; } = 500;

    /// <summary>Matches per direction of the <c>match</c> benchmark also scored exhaustively, for recall and speed-up (<c>--check</c>).</summary>
    public int MatchCheck { get; init; } = 100;

    public static BenchmarkArguments Parse(string[] args)
    {
        var suite = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "normalise";
        var quick = args.Contains("--quick");
        var count = Value(args, "--count") ?? (quick ? 2_000 : 20_000);
        var seed = Value(args, "--seed") ?? 42;
        return new BenchmarkArguments(suite, count, seed, quick)
        {
            Queries = Value(args, "--queries") ?? (quick ? 200 : 1_000),
            Explain = args.Contains("--explain"),
            SkipPeer = args.Contains("--skip-peer"),
            WorkDirectory = Text(args, "--work"),
            OutputDirectory = Text(args, "--out"),
            IndexDirectory = Text(args, "--index"),
            QueryFile = Text(args, "--query-file"),
            ResultFile = Text(args, "--result-file"),
            TuneDirectory = Text(args, "--tune"),
            Passes = Value(args, "--passes") ?? 1,
            Hosts = Value(args, "--hosts") ?? 100,
            Rate = Text(args, "--rate") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : 2,
            Pages = Value(args, "--pages") ?? (quick ? 5_000 : 100_000),
            Minutes = Value(args, "--minutes") ?? (quick ? 1 : 10),
            Vacancies = Value(args, "--vacancies") ?? (quick ? 20_000 : 1_000_000),
            Profiles = Value(args, "--profiles") ?? (quick ? 5_000 : 200_000),
            MatchQueries = Value(args, "--queries") ?? 500,
            MatchCheck = Value(args, "--check") ?? 100,
        };
    }

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
    }
}
