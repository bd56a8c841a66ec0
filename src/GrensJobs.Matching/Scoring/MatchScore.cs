namespace GrensJobs.Matching.Scoring;

/// <summary>
/// A scored pair: the score in 0–1, its factors, and why, in the mediator's language (empty when it was scored to rank
/// only; <see cref="BlockerCount"/> counts the blockers either way).
/// </summary>
public sealed record MatchScore(
    double Score,
    MatchBreakdown Breakdown,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Blockers,
    int BlockerCount);
