using System.Diagnostics;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>
/// Samples the process every few seconds: working set, and the live managed heap measured after a full blocking
/// collection (so garbage does not hide growth; each sample costs one gen-2 collection).
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly List<Sample> samples = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly Func<long> progress;

    public MemorySampler(TimeSpan interval, Func<long> progress)
    {
        this.progress = progress;
        loop = RunAsync(interval);
    }

    public IReadOnlyList<Sample> Samples
    {
        get
        {
            lock (samples)
            {
                return [.. samples];
            }
        }
    }

    public void TakeSample()
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var sample = new Sample(Stopwatch.GetElapsedTime(Start).TotalSeconds, process.WorkingSet64, live, progress());
        lock (samples)
        {
            samples.Add(sample);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        stop.Dispose();
    }

    private static readonly long Start = Stopwatch.GetTimestamp();

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        TakeSample();
        while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
        {
            TakeSample();
        }
    }

    internal sealed record Sample(double Seconds, long WorkingSetBytes, long LiveHeapBytes, long Requests);
}
