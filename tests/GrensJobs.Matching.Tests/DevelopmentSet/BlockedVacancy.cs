namespace GrensJobs.Matching.Tests.DevelopmentSet;

/// <summary>A vacancy that must not be on top for a profile, and why (language, distance, hours or occupation).</summary>
internal sealed record BlockedVacancy(string Vacancy, string Why);
