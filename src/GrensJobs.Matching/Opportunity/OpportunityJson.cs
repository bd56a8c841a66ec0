using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// The opportunity table as JSON: <c>{"rows": [{"euregio", "euregioName", "isco", "label", "country", "openVacancies",
/// "jobseekersOtherSide", "ratio"}], "total": {"openVacancies", "jobseekersOtherSide", "ratio", "profilesConsidered"}}</c>.
/// </summary>
public static class OpportunityJson
{
    // Non-ASCII text as is ("Schweißer", not "Schwei\u00DFer"), as the product's other JSON.
    private static readonly OpportunityJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(OpportunityTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return JsonSerializer.Serialize(ToDto(table), Context.OpportunityTableDto);
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
