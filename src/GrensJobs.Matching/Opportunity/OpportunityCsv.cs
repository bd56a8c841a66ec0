using System.Globalization;
using CsvHelper;

namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// The opportunity table as CSV (RFC 4180, invariant numbers): a header row
/// <c>euregio,euregioName,isco,label,country,openVacancies,jobseekersOtherSide,ratio</c>, then one line per row.
/// The total is left out (it is not a row: it counts each vacancy and jobseeker once).
/// </summary>
public static class OpportunityCsv
{
    public static async Task WriteAsync(TextWriter output, OpportunityTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        string[] header = ["euregio", "euregioName", "isco", "label", "country", "openVacancies", "jobseekersOtherSide", "ratio"];
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(row.Euregio);
            csv.WriteField(row.EuregioName);
            csv.WriteField(row.Isco);
            csv.WriteField(row.Label);
            csv.WriteField(row.Country);
            csv.WriteField(row.OpenVacancies);
            csv.WriteField(row.JobseekersOtherSide);
            csv.WriteField(row.Ratio);
            await csv.NextRecordAsync().ConfigureAwait(false);
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }
}
