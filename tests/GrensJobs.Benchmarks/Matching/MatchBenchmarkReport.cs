using System.Globalization;
using GrensJobs.Benchmarks.Search;

namespace GrensJobs.Benchmarks.Matching;

/// <summary>The <c>match</c> benchmark's printed figures: the profile load, and one table with the issue's targets.</summary>
internal static class MatchBenchmarkReport
{
    private const double ProfileP50Target = 20;
    private const double ProfileP99Target = 100;
    private const double VacancyP50Target = 20;
    private const double RecallTarget = 0.99;
    private const int TargetVacancies = 1_000_000;
    private const int TargetProfiles = 200_000;

    public static void PrintProfileLoad(MatchBenchmarkFigures figures, int indexed, TextWriter output)
    {
        var load = figures.ProfileLoad!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profiles: {figures.Profiles:N0} generated, read and normalised in {load.Normalising.TotalSeconds:0.0} s ({figures.Profiles / Math.Max(load.Normalising.TotalSeconds, 0.001):N0}/s on {Environment.ProcessorCount} cores; " +
            $"{load.UnresolvedOccupations:N0} of {load.Occupations:N0} desired occupations and {load.UnresolvedHomes:N0} homes unresolved), stored in {load.Storing.TotalSeconds:0.0} s (SQLite, batches of 1,000), " +
            $"private index of {indexed:N0} loaded from the store in {figures.ProfileIndexLoad.TotalSeconds:0.0} s"));
    }

    public static void PrintTable(MatchBenchmarkFigures figures, TextWriter output)
    {
        var atTargetSize = figures.Vacancies >= TargetVacancies && figures.Profiles >= TargetProfiles;
        var p2v = figures.ProfileToVacancies!;
        var v2p = figures.VacancyToProfiles!;
        var p2vCheck = figures.ProfileToVacanciesCheck!;
        var v2pCheck = figures.VacancyToProfilesCheck!;
        var load = figures.ProfileLoad!;

        output.WriteLine();
        output.WriteLine("| figure | measured | target | met |");
        output.WriteLine("|---|---:|---:|---|");
        Row(output, "vacancies (open, one per dedup cluster)", F($"{figures.Vacancies:N0} ({figures.OpenVacancies:N0})"), F($"{TargetVacancies:N0}"), null);
        Row(output, "profiles", F($"{figures.Profiles:N0}"), F($"{TargetProfiles:N0}"), null);
        Row(output, "vacancy corpus + index build", figures.IndexBuild is { } build
            ? F($"{figures.CorpusTime!.Value.TotalSeconds:0.0} s + {build.TotalSeconds:0.0} s")
            : "kept index reused", "", null);
        Row(output, "profiles normalise / store / private index",
            F($"{load.Normalising.TotalSeconds:0.0} s / {load.Storing.TotalSeconds:0.0} s / {figures.ProfileIndexLoad.TotalSeconds:0.0} s"), "", null);
        Row(output, F($"profile → top-{MatchBenchmark.Top} vacancies p50 / p99 / max (n={p2v.Count})"), F($"{p2v.P50:0.0} / {p2v.P99:0.0} / {p2v.Max:0.0} ms"),
            F($"p50 ≤ {ProfileP50Target:0} ms, p99 ≤ {ProfileP99Target:0} ms"), Met(p2v.P50 <= ProfileP50Target && p2v.P99 <= ProfileP99Target, atTargetSize));
        Row(output, F($"vacancy → top-{MatchBenchmark.Top} profiles p50 / p99 / max (n={v2p.Count})"), F($"{v2p.P50:0.0} / {v2p.P99:0.0} / {v2p.Max:0.0} ms"),
            F($"p50 ≤ {VacancyP50Target:0} ms"), Met(v2p.P50 <= VacancyP50Target, atTargetSize));
        Row(output, "mean wall-clock / mean CPU per match, profile → vacancies (a shared machine's wait for a core is the difference)",
            F($"{p2v.Mean:0.0} / {figures.ProfileToVacanciesCpuMs:0.0} ms"), "", null);
        Row(output, "mean wall-clock / mean CPU per match, vacancy → profiles",
            F($"{v2p.Mean:0.0} / {figures.VacancyToProfilesCpuMs:0.0} ms"), "", null);
        Row(output, F($"recall@{MatchBenchmark.Top} profile → vacancies (mean, worst; {p2vCheck.Sample} checked, {p2vCheck.Empty} empty)"),
            F($"{p2vCheck.MeanRecall:0.000}, {p2vCheck.WorstRecall:0.000}"), F($"≥ {RecallTarget:0.00}"), Met(p2vCheck.MeanRecall >= RecallTarget, true));
        Row(output, F($"recall@{MatchBenchmark.Top} vacancy → profiles (mean, worst; {v2pCheck.Sample} checked, {v2pCheck.Empty} empty)"),
            F($"{v2pCheck.MeanRecall:0.000}, {v2pCheck.WorstRecall:0.000}"), F($"≥ {RecallTarget:0.00}"), Met(v2pCheck.MeanRecall >= RecallTarget, true));
        Row(output, "speed-up profile → vacancies (exhaustive / fast, mean ms)",
            F($"{p2vCheck.SpeedUp:0}× ({p2vCheck.ExhaustiveMeanMs:0.0} / {p2vCheck.FastMeanMs:0.0})"), "", null);
        Row(output, "speed-up vacancy → profiles (exhaustive / fast, mean ms)",
            F($"{v2pCheck.SpeedUp:0}× ({v2pCheck.ExhaustiveMeanMs:0.0} / {v2pCheck.FastMeanMs:0.0})"), "", null);
        Row(output, "mean candidates scored per match (vacancies / profiles)", F($"{figures.MeanVacancyCandidates:N0} / {figures.MeanProfileCandidates:N0}"), "", null);
        Row(output, "reading every open vacancy once (exhaustive input)",
            F($"{figures.AllVacanciesRead.TotalSeconds:0.0} s = {figures.AllVacanciesRead.TotalMilliseconds * 1000 / Math.Max(figures.OpenVacancies, 1):0.0} µs a candidate"), "", null);
        Row(output, "peak memory (resident set)", ProcessMemory.Mb(figures.PeakRssBytes), "", null);
        if (!atTargetSize)
        {
            output.WriteLine(F($"(latency targets are set for {TargetVacancies:N0} vacancies and {TargetProfiles:N0} profiles: at this size \"met\" reads \"not at target size\")"));
        }

        output.WriteLine();
    }

    private static string Met(bool met, bool atTargetSize) => (met, atTargetSize) switch
    {
        (true, true) => "yes",
        (false, true) => "NO",
        (true, false) => "yes (not at target size)",
        (false, false) => "NO (not at target size)",
    };

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Row(TextWriter output, string figure, string measured, string target, string? met) =>
        output.WriteLine($"| {figure} | {measured} | {target} | {met ?? ""} |");
}
