using System.Globalization;
using GrensJobs.Benchmarks.Search;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>The hostile benchmark's table: per kind, then the limits' verdict and the worst query.</summary>
internal static class HostileReport
{
    public static void Print(IReadOnlyList<HostileTiming> timings, double targetMilliseconds, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("kind                              limits  count   check max µs   engine p50 / p99 / max ms   ended by budget  failed");
        foreach (var kind in timings.GroupBy(t => t.Query.Kind))
        {
            var engine = LatencyStats.From(kind.Select(t => t.EngineMilliseconds));
            var check = kind.Max(t => t.CheckMicroseconds);
            var limits = kind.All(t => t.Within) ? "within" : kind.All(t => !t.Within) ? "beyond" : "mixed";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Trim(kind.Key, 33),-33} {limits,-7} {kind.Count(),5}   {check,12:0.0}   {engine.P50,8:0.0} / {engine.P99,7:0.0} / {engine.Max,7:0.0}   {kind.Count(t => t.EndedByBudget),15}  {kind.Count(t => t.Failed),6}"));
        }

        var within = timings.Where(t => t.Within).ToList();
        var beyond = timings.Where(t => !t.Within).ToList();
        var withinStats = LatencyStats.From(within.Select(t => t.EngineMilliseconds));
        var ended = within.Count(t => t.EndedByBudget);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"within the limits: {within.Count:N0} requests, engine p50 / p99 / max {withinStats.P50:0.0} / {withinStats.P99:0.0} / {withinStats.Max:0.0} ms; " +
            $"{within.Count(t => t.EngineMilliseconds > targetMilliseconds)} over {targetMilliseconds:0} ms; {ended} ended by the time budget ({Percent(ended, within.Count)}, target ≤ 1%)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"beyond the limits: {beyond.Count:N0} requests refused by the check in at most {(beyond.Count > 0 ? beyond.Max(t => t.CheckMicroseconds) : 0):0.0} µs; " +
            $"the engine alone (were they not refused) p50 / max {LatencyStats.From(beyond.Select(t => t.EngineMilliseconds)).P50:0.0} / {(beyond.Count > 0 ? beyond.Max(t => t.EngineMilliseconds) : 0):0.0} ms, {beyond.Count(t => t.EndedByBudget)} ended by the time budget"));
        output.WriteLine($"unexpected failures: {timings.Count(t => t.Failed)}" +
            string.Concat(timings.Where(t => t.Failed).Take(5).Select(t => $"; {t.Query.Kind}: {t.Outcome}")));
        Worst("worst within the limits", within, output);
        Worst("worst beyond the limits (engine alone)", beyond, output);
    }

    private static void Worst(string title, IReadOnlyList<HostileTiming> timings, TextWriter output)
    {
        if (timings.Count == 0)
        {
            return;
        }

        var worst = timings.MaxBy(t => t.EngineMilliseconds)!;
        var request = worst.Query.Request;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: {worst.Query.Kind}, \"{worst.Query.Preview}\" ({request.Text?.Length ?? 0:N0} characters, page {request.Page}, top {request.Top}): {worst.EngineMilliseconds:0.0} ms, {worst.Outcome}"));
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.00}%");

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
