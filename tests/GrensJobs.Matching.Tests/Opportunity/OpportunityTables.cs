using GrensJobs.Matching.Opportunity;

namespace GrensJobs.Matching.Tests.Opportunity;

internal static class OpportunityTables
{
    /// <summary>The row (Euregio, ISCO group, country); fails the test when the table has none.</summary>
    public static OpportunityRow Row(this OpportunityTable table, string euregio, string isco, string country) =>
        Assert.Single(table.Rows, r => r.Euregio == euregio && r.Isco == isco && r.Country == country);
}
