namespace GrensJobs.Search.Querying;

/// <summary>
/// A search that ran out of its time budget (<c>Search:TimeBudgetMilliseconds</c>) and stopped: no results, and the caller
/// says what to change (fewer or shorter words, a place or filters).
/// </summary>
public sealed class SearchTimeoutException(TimeSpan budget)
    : Exception($"The search stopped after its time budget of {budget.TotalMilliseconds:0} ms.")
{
    /// <summary>The budget the search ran out of.</summary>
    public TimeSpan Budget { get; } = budget;
}
