namespace GrensJobs.Benchmarks.Hostile;

/// <summary>
/// What one hostile request cost: the limit check, and the engine (for a request beyond the limits only as a
/// measure of the engine's own bounds: the request check refuses it first). <see cref="Outcome"/>: "results",
/// "time budget" or the type of an unexpected exception.
/// </summary>
internal sealed record HostileTiming(HostileQuery Query, string? BeyondLimit, double CheckMicroseconds, double EngineMilliseconds, string Outcome, long Total)
{
    public bool Within => BeyondLimit is null;

    public bool EndedByBudget => Outcome == HostileBenchmark.BudgetOutcome;

    public bool Failed => Outcome != HostileBenchmark.ResultsOutcome && !EndedByBudget;
}
