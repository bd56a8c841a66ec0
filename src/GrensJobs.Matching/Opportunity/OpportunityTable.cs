namespace GrensJobs.Matching.Opportunity;

/// <summary>The cross-border opportunity indicator: rows by Euregio, ISCO-08 group and country, and the total.</summary>
public sealed record OpportunityTable(OpportunityRequest Request, IReadOnlyList<OpportunityRow> Rows, OpportunityTotal Total)
{
    /// <summary>Jobseekers per open vacancy, two decimals; 0 without open vacancies.</summary>
    internal static double RatioOf(int jobseekers, int vacancies) =>
        vacancies == 0 ? 0 : Math.Round((double)jobseekers / vacancies, 2, MidpointRounding.AwayFromZero);
}
