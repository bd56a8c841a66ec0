using GrensJobs.Search.Indexing;
using Lucene.Net.Util;

namespace GrensJobs.Search.Tests.Indexing;

public sealed class DisplayRecordTests
{
    private static readonly IndexedHit Welder = new()
    {
        Id = "stelle-4711",
        Source = "müller-gmbh",
        Title = "Schweißer (m/w/d) – MIG/MAG",
        Url = "https://karriere.mueller.de/stellen/schweißer?id=4711&ref=grensjobs",
        Employer = "Müller & Söhne GmbH",
        Place = "Kevelaer",
        Country = "DE",
        Posted = new DateOnly(2026, 11, 2),
        Cluster = "cluster:schweißer-kevelaer-müller",
        Esco = "http://data.europa.eu/esco/occupation/welder",
        Isco = "7212",
        Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["de"] = "Schweißer/Schweißerin", ["nl"] = "lasser" },
        Languages = [new IndexedRequirement("de", "B1", true)],
    };

    [Fact]
    public void DecodeLink_AfterEncode_ReadsIdSourceUrlAndClusterOfTheFullRecord()
    {
        var bytes = new BytesRef(DisplayRecord.Encode(Welder, "Wir suchen einen Schweißer (m/w/d) für Stahlbau in Kevelaer."));

        var link = DisplayRecord.DecodeLink(bytes);

        Assert.Equal((Welder.Id, Welder.Source, Welder.Url, Welder.Cluster), link);
        Assert.Equal(Welder.Cluster, DisplayRecord.Decode(bytes).Hit.Cluster);
    }

    [Fact]
    public void DecodeLink_NoUrlNoClusterAndOffsetBytes_ReadsNulls()
    {
        var record = DisplayRecord.Encode(Welder with { Url = null, Employer = null, Cluster = null }, null);
        var padded = new byte[record.Length + 7];
        record.CopyTo(padded, 5);

        var link = DisplayRecord.DecodeLink(new BytesRef(padded, 5, record.Length));

        Assert.Equal((Welder.Id, Welder.Source, (string?)null, (string?)null), link);
    }
}
