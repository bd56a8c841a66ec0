namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// One side of the border in one Euregio and ISCO-08 group: the open vacancies in <see cref="Country"/>, the
/// jobseekers living in another country who could take at least one of them (occupation, commute distance and
/// languages feasible), and <see cref="Ratio"/> = jobseekers per open vacancy.
/// </summary>
public sealed record OpportunityRow(
    string Euregio,
    string EuregioName,
    string Isco,
    string Label,
    string Country,
    int OpenVacancies,
    int JobseekersOtherSide)
{
    public double Ratio => OpportunityTable.RatioOf(JobseekersOtherSide, OpenVacancies);
}
