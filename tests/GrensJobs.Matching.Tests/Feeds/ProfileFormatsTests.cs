using GrensJobs.Matching.Feeds;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class ProfileFormatsTests
{
    [Theory]
    [InlineData("grensjobs")]
    [InlineData("uwv")]
    [InlineData("BA")]
    [InlineData(" vdab ")]
    public void Get_KnownName_ReturnsThatFormat(string name)
    {
        var format = ProfileFormats.Get(name);

        Assert.Equal(name.Trim().ToLowerInvariant(), format.Name);
    }

    [Fact]
    public void Get_UnknownName_SaysSoAndListsTheKnownFormats()
    {
        var error = Assert.Throws<UnknownProfileFormatException>(() => ProfileFormats.Get("setu"));

        Assert.Equal("unknown profile format \"setu\"; known formats: grensjobs, uwv, ba, vdab", error.Message);
    }

    [Theory]
    [InlineData("uwv", "UWV-2026-004713", "\"talen[1].mondeling\" must be a CEFR level A1–C2, got \"B3\"")]
    [InlineData("ba", "10000-1187654323-B", "\"sprachkenntnisse[0].stufe\" must be Grundkenntnisse")]
    [InlineData("vdab", "VDAB-0002419", "\"talenkennis[1].niveau\" must be basis, redelijk")]
    public void ReadRecord_FileWithOneBadLine_ReportsThatLineAndReadsTheRest(string format, string badId, string why)
    {
        var lines = FeedFixtures.Lines($"{format}-profiles.jsonl");

        var results = lines.Select((line, i) => ProfileFormats.Get(format).ReadRecord(line, i + 1)).ToList();

        Assert.Equal(4, results.Count);
        Assert.Equal([true, true, false, true], results.Select(r => r.IsOk));
        Assert.StartsWith($"line 3 ({badId}): {why}", results[2].Locate("line"), StringComparison.Ordinal);
        Assert.All(results.Where(r => r.IsOk), r => Assert.Equal(r.RecordId, r.Profile!.Id));
    }

    [Fact]
    public void ReadRecord_GrensJobsLine_ReadsTheCanonicalProfileWithItsId()
    {
        const string line = """{"id": "p-1001", "desiredOccupations": [{"title": "lasser"}], "languages": [{"language": "de", "level": "B4"}]}""";

        var result = ProfileFormats.GrensJobs.ReadRecord(line, 17);

        Assert.Equal("line 17 (p-1001): \"languages[0].level\" must be a CEFR level A1–C2, got \"B4\"", result.Locate("line"));
    }

    [Theory]
    [InlineData("grensjobs")]
    [InlineData("uwv")]
    [InlineData("ba")]
    [InlineData("vdab")]
    public void ReadRecord_NotJson_SaysSoWithoutAnId(string format)
    {
        var result = ProfileFormats.Get(format).ReadRecord("{\"profielId\": \"UWV-1\", ", 5);

        Assert.Null(result.RecordId);
        Assert.StartsWith("record 5: not valid JSON", result.LocatedError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uwv")]
    [InlineData("ba")]
    [InlineData("vdab")]
    public void ReadRecord_JsonArrayInsteadOfRecord_SaysARecordIsAnObject(string format)
    {
        var result = ProfileFormats.Get(format).ReadRecord("[1, 2]", 1);

        Assert.Equal($"a {format} record must be a JSON object, got an array", result.Error);
    }

    [Fact]
    public async Task ReadAsync_FileWithBlankLines_NumbersRecordsByTheirLine()
    {
        var lines = FeedFixtures.Lines("vdab-profiles.jsonl");
        using var reader = new StringReader(string.Join("\n", lines[0], "", lines[1], "   ", lines[2]));

        var results = new List<ProfileRecordResult>();
        await foreach (var result in ProfileFormats.Vdab.ReadAsync(reader, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        Assert.Equal([1, 3, 5], results.Select(r => r.Position));
        Assert.StartsWith("line 5 (VDAB-0002419): ", results[2].Locate("line"), StringComparison.Ordinal);
    }
}
