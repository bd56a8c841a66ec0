namespace GrensJobs.Matching.Opportunity;

/// <summary>A row of the opportunity table: Euregio, ISCO-08 group, country (the side of the border).</summary>
internal readonly record struct OpportunityKey(string Euregio, string Isco, string Country);
