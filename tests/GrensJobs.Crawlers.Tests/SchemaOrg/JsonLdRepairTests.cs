using System.Text.Json.Nodes;
using GrensJobs.Crawlers.SchemaOrg;

namespace GrensJobs.Crawlers.Tests.SchemaOrg;

public sealed class JsonLdRepairTests
{
    [Theory]
    [InlineData("{\"title\": \"Monteur (m/w/d)\",}")]
    [InlineData("\uFEFF{\"title\": \"Monteur (m/w/d)\"}")]
    [InlineData("<!--\n{\"title\": \"Monteur (m/w/d)\"}\n-->")]
    [InlineData("/*<![CDATA[*/{\"title\": \"Monteur (m/w/d)\"}/*]]>*/")]
    [InlineData("{/* ATS export */ \"title\": \"Monteur (m/w/d)\" // fertig\n}")]
    [InlineData("{&quot;title&quot;: &quot;Monteur (m/w/d)&quot;}")]
    [InlineData("{\"title\": \"Monteur\t(m/w/d)\"}")]
    [InlineData("{\"title\": \"Monteur (m\\/w\\/d)\"};")]
    public void Repair_CommonMalformations_GiveTheTitle(string raw)
    {
        var node = JsonNode.Parse(JsonLdRepair.Repair(raw, out _))!;

        Assert.Equal("Monteur (m/w/d)", node["title"]!.GetValue<string>().Replace('\t', ' '));
    }

    [Fact]
    public void Repair_RawNewlineAndInvalidEscape_AreKeptAsText()
    {
        var node = JsonNode.Parse(JsonLdRepair.Repair("{\"description\": \"Zeile 1\nL\\'atelier\"}", out _))!;

        Assert.Equal("Zeile 1\nL'atelier", node["description"]!.GetValue<string>());
    }

    [Fact]
    public void Repair_ConcatenatedObjects_BecomeAnArray()
    {
        var node = JsonNode.Parse(JsonLdRepair.Repair("{\"a\": 1}\n{\"a\": 2}", out _))!;

        Assert.Equal(2, node.AsArray().Count);
    }

    [Fact]
    public void Repair_HtmlEscapedBlock_IsFlaggedAsDecoded()
    {
        JsonLdRepair.Repair("{&quot;a&quot;: 1}", out var decoded);
        JsonLdRepair.Repair("{\"a\": \"&quot;\"}", out var plain);

        Assert.True(decoded);
        Assert.False(plain);
    }
}
