using System.Globalization;
using System.Text.Json;
using CsvHelper;
using GrensJobs.Matching.Opportunity;

namespace GrensJobs.Matching.Tests.Opportunity;

public sealed class OpportunityOutputTests
{
    private static readonly OpportunityTable Table = new(
        new OpportunityRequest { UiLanguage = "nl" },
        [
            new OpportunityRow("rhein-waal", "Euregio Rijn-Waal", "72", "Metaalarbeiders, machinemonteurs e.d.", "DE", 3, 1),
            new OpportunityRow("maas-rijn", "Euregio Maas-Rijn", "22", "Specialisten op het gebied van de gezondheidszorg", "DE", 1, 2),
        ],
        new OpportunityTotal(4, 3, 12));

    [Fact]
    public async Task WriteCsv_Table_HeaderRowThenOneQuotedRecordPerRow()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        await OpportunityCsv.WriteAsync(writer, Table, TestContext.Current.CancellationToken);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("euregio,euregioName,isco,label,country,openVacancies,jobseekersOtherSide,ratio", lines[0]);
        Assert.Equal("rhein-waal,Euregio Rijn-Waal,72,\"Metaalarbeiders, machinemonteurs e.d.\",DE,3,1,0.33", lines[1]);
        Assert.Equal(3, lines.Length);
        using var reader = new CsvReader(new StringReader(writer.ToString()), CultureInfo.InvariantCulture);
        var records = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("2", records[1]["jobseekersOtherSide"]);
        Assert.Equal("2", records[1]["ratio"]);
    }

    [Fact]
    public void WriteJson_Table_RowsAndTotalWithTheContractKeys()
    {
        using var json = JsonDocument.Parse(OpportunityJson.Write(Table));

        var root = json.RootElement;
        var row = root.GetProperty("rows")[0];
        Assert.Equal(
            ["euregio", "euregioName", "isco", "label", "country", "openVacancies", "jobseekersOtherSide", "ratio"],
            row.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Metaalarbeiders, machinemonteurs e.d.", row.GetProperty("label").GetString());
        Assert.Equal(0.33, row.GetProperty("ratio").GetDouble());
        Assert.Equal(2, root.GetProperty("rows").GetArrayLength());
        var total = root.GetProperty("total");
        Assert.Equal((4, 3, 0.75), (total.GetProperty("openVacancies").GetInt32(), total.GetProperty("jobseekersOtherSide").GetInt32(), total.GetProperty("ratio").GetDouble()));
        Assert.Equal(2, root.GetProperty("iscoLevel").GetInt32());
    }

    [Fact]
    public void WriteJson_GermanLabel_UmlautsWrittenAsIs()
    {
        var table = Table with
        {
            Rows = [new OpportunityRow("rhein-waal", "Euregio Rhein-Waal", "7212", "Schweißer und Brennschneider", "DE", 2, 1)],
        };

        Assert.Contains("\"label\":\"Schweißer und Brennschneider\"", OpportunityJson.Write(table), StringComparison.Ordinal);
    }
}
