namespace GrensJobs.Matching.Opportunity;

/// <summary>Counts per row, and how many items (vacancies or jobseekers) counted in at least one row.</summary>
internal sealed class OpportunityTally
{
    public Dictionary<OpportunityKey, int> Counts { get; } = [];

    public int Total { get; private set; }

    /// <summary>One item in each of <paramref name="rows"/> (distinct), and once in the total when in any.</summary>
    public void Add(IReadOnlyCollection<OpportunityKey> rows)
    {
        Total += rows.Count > 0 ? 1 : 0;
        foreach (var row in rows)
        {
            Counts[row] = Counts.GetValueOrDefault(row) + 1;
        }
    }

    public void Add(OpportunityTally other)
    {
        Total += other.Total;
        foreach (var (row, count) in other.Counts)
        {
            Counts[row] = Counts.GetValueOrDefault(row) + count;
        }
    }
}
