using System.Text.Json;

namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// The opportunity table as JSON: <c>{"rows": [{"euregio", "euregioName", "isco", "label", "country", "openVacancies",
/// "jobseekersOtherSide", "ratio"}], "total": {"openVacancies", "jobseekersOtherSide", "ratio", "profilesConsidered"}}</c>.
/// </summary>
public static class OpportunityJson
{
    public static string Write(OpportunityTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return JsonSerializer.Serialize(ToDto(table), OpportunityJsonContext.Default.OpportunityTableDto);
    }

    public static OpportunityTableDto ToDto(OpportunityTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new OpportunityTableDto(
            table.Request.IscoLevel,
            [.. table.Rows.Select(row => new OpportunityRowDto(
                row.Euregio, row.EuregioName, row.Isco, row.Label, row.Country, row.OpenVacancies, row.JobseekersOtherSide, row.Ratio))],
            new OpportunityTotalDto(table.Total.OpenVacancies, table.Total.JobseekersOtherSide, table.Total.Ratio, table.Total.ProfilesConsidered));
    }
}
