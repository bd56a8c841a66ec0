using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>The <c>search</c> benchmark's comparison table (per kind: p50/p99 of both engines, ratios, median hits) and README block.</summary>
internal static class SearchBenchmarkReport
{
    public static void PrintComparison(SearchBenchmarkFigures figures, TextWriter output)
    {
        var grens = figures.GrensJobs!;
        var peer = figures.Peer;
        output.WriteLine();
        output.WriteLine("| kind | GrensJobs p50 | GrensJobs p99 | PostgreSQL p50 | PostgreSQL p99 | ratio p50 (peer/GrensJobs) | ratio p99 | median hits GrensJobs | median hits PostgreSQL |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in QueryMixResult.Kinds.Append("overall"))
        {
            var g = Stats(grens, kind);
            var p = peer is null ? null : Stats(peer, kind);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {g.P50:0.00} ms | {g.P99:0.00} ms | {Ms(p?.P50)} | {Ms(p?.P99)} | {Ratio(p?.P50, g.P50)} | {Ratio(p?.P99, g.P99)} | {MedianHits(grens, kind):N0} | {(peer is null ? "–" : MedianHits(peer, kind).ToString("N0", CultureInfo.InvariantCulture))} |"));
        }

        if (peer is not null)
        {
            var g = grens.Overall;
            var p = peer.Overall;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratios overall: p50 {p.P50 / g.P50:0.0}×, p99 {p.P99 / g.P99:0.0}× (target ≥ 5× both) → {(p.P50 / g.P50 >= 5 && p.P99 / g.P99 >= 5 ? "met" : "NOT met")}"));
        }
    }

    public static void PrintReadmeBlock(SearchBenchmarkFigures f, DateTimeOffset when, TextWriter output)
    {
        var g = f.GrensJobs!.Overall;
        var m = f.Memory!;
        output.WriteLine();
        output.WriteLine("```markdown");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Search benchmark, {when:yyyy-MM-dd}, {Environment.ProcessorCount} cores ({CpuModel()}), .NET {Environment.Version}: {f.Count:N0} synthetic vacancies, {f.Queries:N0} queries (keyword, cross-language, place + radius, filters; facets always), single-threaded, after a warm-up pass."));
        output.WriteLine();
        output.WriteLine("| figure | target | measured |");
        output.WriteLine("|---|---|---|");
        Row(output, "GrensJobs query p50 / p99 (with facets)", "≤ 10 ms / ≤ 50 ms", $"{g.P50:0.0} ms / {g.P99:0.0} ms", g.P50 <= 10 && g.P99 <= 50);
        Row(output, "bulk index from store (read + JSON parse + analysis + write + commit + merge into one segment per search slice)", "≥ 10,000 /s", Rate(f.Count, f.IndexFromStore), f.Count / f.IndexFromStore.TotalSeconds >= 10_000);
        Row(output, "bulk index only (normalised vacancies in memory: analysis + write + commit + merge) / analysis + write alone", "≥ 10,000 /s",
            $"{Rate(f.Count, f.IndexOnly.Total)} / {Rate(f.Count, f.IndexOnly.Write)}", f.Count / f.IndexOnly.Total.TotalSeconds >= 10_000);
        Row(output, "store load (upsert, batches of 1,000)", "–", Rate(f.Count, f.StoreLoad), null);
        Row(output, "memory while serving: RSS without / with memory-mapped index files", "≤ 1.5 GB private",
            $"{ProcessMemory.Mb(m.RssWithoutMappedDirectoryBytes)} / {ProcessMemory.Mb(m.RssBytes)} (anonymous {ProcessMemory.Mb(m.RssAnonBytes)}, private dirty {ProcessMemory.Mb(m.PrivateDirtyBytes)})",
            m.PrivateDirtyBytes <= 1536L * 1024 * 1024);
        Row(output, "disk: normalised corpus (JSON lines)", "–", ProcessMemory.Mb(f.CorpusDiskBytes), null);
        Row(output, "disk: GrensJobs store (SQLite) + index (Lucene)", "–",
            $"{ProcessMemory.Mb(f.StoreDiskBytes)} + {ProcessMemory.Mb(f.IndexDiskBytes)}", null);
        if (f.Peer is { } peer)
        {
            var p = peer.Overall;
            Row(output, "PostgreSQL FTS peer p50 / p99 (with facets)", "–", $"{p.P50:0.0} ms / {p.P99:0.0} ms", null);
            Row(output, "ratio peer / GrensJobs p50 / p99", "≥ 5× / ≥ 5×", $"{p.P50 / g.P50:0.0}× / {p.P99 / g.P99:0.0}×", p.P50 / g.P50 >= 5 && p.P99 / g.P99 >= 5);
            Row(output, "PostgreSQL load (COPY + indexes + VACUUM ANALYZE)", "–", Rate(f.Count, f.PeerLoad!.Value), null);
            Row(output, "disk: PostgreSQL table + indexes", "–", ProcessMemory.Mb(f.PeerDiskBytes!.Value), null);
        }

        output.WriteLine("```");
    }

    private static void Row(TextWriter output, string figure, string target, string measured, bool? met) =>
        output.WriteLine($"| {figure} | {target} | {measured}{(met is { } ok ? ok ? " ✓" : " ✗" : "")} |");

    private static LatencyStats Stats(QueryMixResult result, string kind) =>
        string.Equals(kind, "overall", StringComparison.Ordinal) ? result.Overall : result.ForKind(kind);

    private static long MedianHits(QueryMixResult result, string kind)
    {
        var totals = result.Timings
            .Where(t => string.Equals(kind, "overall", StringComparison.Ordinal) || string.Equals(t.Query.Kind, kind, StringComparison.Ordinal))
            .Select(t => t.Total).Order().ToArray();
        return totals.Length == 0 ? 0 : totals[totals.Length / 2];
    }

    private static string Ms(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.00} ms") : "–";

    private static string Ratio(double? peer, double grens) =>
        peer is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p / grens:0.0}×") : "–";

    public static string Rate(int count, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{count / Math.Max(elapsed.TotalSeconds, 0.001):N0} /s ({elapsed.TotalSeconds:0.0} s)");

    private static string CpuModel()
    {
        const string file = "/proc/cpuinfo";
        var line = File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
