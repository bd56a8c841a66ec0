using System.Collections.Concurrent;

namespace GrensJobs.Benchmarks.Soak;

/// <summary>What a soak counted: processes run and failed per verb, HTTP requests with their latencies, and the failures seen.</summary>
internal sealed class SoakTally
{
    private readonly ConcurrentDictionary<string, (int Runs, int Failed)> _verbs = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentQueue<string> _failures = new();
    private int _requestsFailed;

    public IReadOnlyDictionary<string, (int Runs, int Failed)> Verbs => _verbs;

    public IReadOnlyCollection<double> Latencies => _latencies;

    public int RequestsFailed => _requestsFailed;

    /// <summary>The first failures, for the report.</summary>
    public IEnumerable<string> Failures => _failures.Take(10);

    public void Process(string verb, int exitCode, int expected, string stderr)
    {
        var failed = exitCode != expected;
        _verbs.AddOrUpdate(verb, (1, failed ? 1 : 0), (_, counts) => (counts.Runs + 1, counts.Failed + (failed ? 1 : 0)));
        if (failed)
        {
            _failures.Enqueue($"{verb} exited {exitCode}: {stderr.Trim().Split('\n').LastOrDefault()}");
        }
    }

    public void Request(bool ok, double milliseconds, string what)
    {
        _latencies.Add(milliseconds);
        if (!ok)
        {
            Interlocked.Increment(ref _requestsFailed);
            _failures.Enqueue($"request {what} failed");
        }
    }
}
