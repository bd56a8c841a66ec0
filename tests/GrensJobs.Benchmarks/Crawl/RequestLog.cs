using System.Diagnostics;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>When each site received each request (<see cref="Stopwatch"/> timestamps), 8 bytes per request.</summary>
internal sealed class RequestLog(int sites)
{
    private readonly List<long>[] arrivals = Enumerable.Range(0, sites).Select(_ => new List<long>(1_024)).ToArray();
    private long bytes;
    private long total;

    /// <summary>When the log was made (the servers started).</summary>
    public long Origin { get; } = Stopwatch.GetTimestamp();

    public long Total => Interlocked.Read(ref total);

    public long Bytes => Interlocked.Read(ref bytes);

    public void Record(int site, long timestamp)
    {
        var list = arrivals[site];
        lock (list)
        {
            list.Add(timestamp);
        }

        Interlocked.Increment(ref total);
    }

    public void AddBytes(int count) => Interlocked.Add(ref bytes, count);

    /// <summary>A sorted copy of one site's arrivals.</summary>
    public long[] Arrivals(int site)
    {
        var list = arrivals[site];
        long[] copy;
        lock (list)
        {
            copy = [.. list];
        }

        Array.Sort(copy);
        return copy;
    }

    public int Sites => arrivals.Length;
}
