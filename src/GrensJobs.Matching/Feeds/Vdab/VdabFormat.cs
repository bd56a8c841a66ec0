namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>The <c>vdab</c> profile format: one VDAB-style record (FORMATS-vdab.md) a line or a page item.</summary>
internal static class VdabFormat
{
    public static FeedRecordFormat<VdabRecord> Instance { get; } =
        new("vdab", "werkzoekendeId", VdabJsonContext.Default.VdabRecord, VdabMapper.Map);
}
