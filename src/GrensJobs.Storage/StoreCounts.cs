namespace GrensJobs.Storage;

/// <summary>How many vacancies the store holds, by lifecycle status.</summary>
public sealed record StoreCounts(long Total, long Open, long Expired);
