namespace GrensJobs.Matching.Scoring;

/// <summary>Each factor of a match in 0–1, as CONTRACTS.md "Match" names them.</summary>
public sealed record MatchBreakdown(
    double Occupation,
    double Skills,
    double Languages,
    double Distance,
    double Hours,
    double Education,
    double Availability);
