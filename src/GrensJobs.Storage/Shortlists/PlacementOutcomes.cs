namespace GrensJobs.Storage.Shortlists;

/// <summary>The outcome names as the store and the API write them: <c>invited</c>, <c>placed</c>, <c>rejected</c>.</summary>
public static class PlacementOutcomes
{
    public static IReadOnlyList<string> Names { get; } = ["invited", "placed", "rejected"];

    public static string Name(PlacementOutcome outcome) => outcome switch
    {
        PlacementOutcome.Invited => "invited",
        PlacementOutcome.Placed => "placed",
        PlacementOutcome.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The outcome named <paramref name="text"/>; null for anything else.</summary>
    public static PlacementOutcome? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "invited" => PlacementOutcome.Invited,
        "placed" => PlacementOutcome.Placed,
        "rejected" => PlacementOutcome.Rejected,
        _ => null,
    };
}
