using GrensJobs.Matching.Scoring;
using GrensJobs.Search.Candidates;

namespace GrensJobs.Matching.Results;

/// <summary>A vacancy matched to a profile, with its score.</summary>
public sealed record VacancyMatch(VacancyCandidate Vacancy, double? DistanceKm, MatchScore Score);
