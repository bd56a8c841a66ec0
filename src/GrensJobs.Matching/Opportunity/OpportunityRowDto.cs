namespace GrensJobs.Matching.Opportunity;

/// <summary>One row of <see cref="OpportunityTableDto"/>.</summary>
public sealed record OpportunityRowDto(
    string Euregio, string EuregioName, string Isco, string Label, string Country, int OpenVacancies, int JobseekersOtherSide, double Ratio);
