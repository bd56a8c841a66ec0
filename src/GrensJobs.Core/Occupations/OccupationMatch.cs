namespace GrensJobs.Core.Occupations;

/// <summary>
/// The ESCO occupation a vacancy is linked to, with its ISCO-08 unit group (4 digits),
/// the concept's preferred label per language (nl, de, fr, en where available) and a 0–1 confidence.
/// </summary>
public sealed record OccupationMatch(
    string Esco,
    string Isco,
    IReadOnlyDictionary<string, string> Label,
    double Confidence);
