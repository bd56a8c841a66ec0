using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Scoring;

namespace GrensJobs.Matching.Results;

/// <summary>A profile matched to a vacancy, with its score.</summary>
public sealed record ProfileMatch(NormalisedProfile Profile, double? DistanceKm, MatchScore Score);
