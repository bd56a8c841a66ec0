namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// The table's total: each open vacancy and each jobseeker counted once, however many rows (Euregios, sides) they
/// appear in.
/// </summary>
public sealed record OpportunityTotal(int OpenVacancies, int JobseekersOtherSide, int ProfilesConsidered)
{
    public double Ratio => OpportunityTable.RatioOf(JobseekersOtherSide, OpenVacancies);
}
