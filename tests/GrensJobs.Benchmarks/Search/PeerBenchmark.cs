using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// <c>peer</c>: the PostgreSQL full-text peer alone on the synthetic corpus — load time, disk, latency per query kind
/// (a warm-up pass, then a measured pass) and hit counts. The combined <c>search</c> benchmark reuses its pieces:
/// <see cref="SearchBenchmarkCorpus"/>, <see cref="QueryMix"/>, <see cref="QueryMixRunner"/>, <see cref="LatencyStats"/>.
/// </summary>
internal static class PeerBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var corpus = SearchBenchmarkCorpus.Create(arguments.Count, arguments.Seed, cancellationToken);
        var queries = QueryMix.Create(corpus, arguments.Queries, arguments.Seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"query mix: {queries.Count} queries ({string.Join(", ", queries.CountBy(q => q.Kind).Select(k => $"{k.Value} {k.Key}"))})"));

        await using var server = await PostgresServer.StartAsync(cancellationToken);
        Console.WriteLine(server.Description);
        await using var peer = new PostgresFtsPeer(server.ConnectionString);
        await LoadAsync(peer, corpus, cancellationToken);

        if (arguments.Explain)
        {
            foreach (var query in QueryMixResult.Kinds.Select(kind => queries.First(q => string.Equals(q.Kind, kind, StringComparison.Ordinal))))
            {
                Console.WriteLine($"-- {query}\n{await peer.ExplainAsync(query, cancellationToken)}\n");
            }
        }

        async Task<long> Search(BenchmarkQuery query, CancellationToken token) => (await peer.SearchAsync(query, token)).Total;
        await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
        var measured = await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
        measured.Print("postgres", Console.Out);
        PrintSamples(measured);
        return 0;
    }

    private static async Task LoadAsync(PostgresFtsPeer peer, IReadOnlyList<Core.Vacancies.Vacancy> corpus, CancellationToken cancellationToken)
    {
        var load = await peer.LoadAsync(corpus, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"postgres load: {load.Total.TotalSeconds:0.0} s ({corpus.Count / load.Total.TotalSeconds:N0} vacancies/s; COPY with tsvector {load.Copy.TotalSeconds:0.0} s over {peer.LoadConnections} connections, indexes {load.Indexes.TotalSeconds:0.0} s, VACUUM ANALYZE {load.Analyze.TotalSeconds:0.0} s)"));
        var disk = await peer.DiskBytesAsync(cancellationToken);
        var parts = await peer.DiskBreakdownAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"postgres disk: {Megabytes(disk)} ({disk / (double)corpus.Count:N0} bytes/vacancy; {string.Join(", ", parts.Select(p => $"{p.Name} {Megabytes(p.Bytes)}"))})"));
    }

    private static void PrintSamples(QueryMixResult measured)
    {
        foreach (var kind in QueryMixResult.Kinds)
        {
            var samples = measured.Timings.Where(t => string.Equals(t.Query.Kind, kind, StringComparison.Ordinal)).Take(3);
            foreach (var sample in samples)
            {
                var q = sample.Query;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  e.g. {kind,-15} \"{q.Text}\"{(q.RadiusKm is { } r ? $" within {r} km of ({q.NearLat:0.000}, {q.NearLon:0.000})" : "")}{(q.Countries.Count > 0 ? " country " + string.Join(',', q.Countries) : "")}{(q.IscoPrefix is { } i ? " isco " + i : "")}{(q.Contract is { } c ? " contract " + c : "")}{(q.MinMonthlySalary is { } s ? $" salary≥{s}" : "")}{(q.Since is { } d ? $" since {d:yyyy-MM-dd}" : "")} sort {q.Sort}: {sample.Total:N0} hits, {sample.Milliseconds:0.0} ms"));
            }
        }
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N1} MB");
}
