namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>The <c>ba</c> profile format: one Bundesagentur-style record (FORMATS-ba.md) a line or a page item.</summary>
internal static class BaFormat
{
    public static FeedRecordFormat<BaRecord> Instance { get; } =
        new("ba", "refnr", BaJsonContext.Default.BaRecord, BaMapper.Map);
}
