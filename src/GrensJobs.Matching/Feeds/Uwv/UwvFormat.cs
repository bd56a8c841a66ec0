namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>The <c>uwv</c> profile format: one UWV-style record (FORMATS-uwv.md) a line or a page item.</summary>
internal static class UwvFormat
{
    public static FeedRecordFormat<UwvRecord> Instance { get; } =
        new("uwv", "profielId", UwvJsonContext.Default.UwvRecord, UwvMapper.Map);
}
