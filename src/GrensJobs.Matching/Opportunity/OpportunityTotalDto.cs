namespace GrensJobs.Matching.Opportunity;

/// <summary>The total of <see cref="OpportunityTableDto"/>: each vacancy and jobseeker once.</summary>
public sealed record OpportunityTotalDto(int OpenVacancies, int JobseekersOtherSide, double Ratio, int ProfilesConsidered);
