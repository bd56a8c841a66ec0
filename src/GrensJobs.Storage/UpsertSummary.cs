namespace GrensJobs.Storage;

/// <summary>What one upsert batch did: each vacancy counts in exactly one of the four.</summary>
public sealed record UpsertSummary(int New, int Updated, int Unchanged, int Reopened)
{
    public static UpsertSummary Empty { get; } = new(0, 0, 0, 0);

    public int Total => New + Updated + Unchanged + Reopened;

    public static UpsertSummary operator +(UpsertSummary left, UpsertSummary right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.New + right.New, left.Updated + right.Updated,
            left.Unchanged + right.Unchanged, left.Reopened + right.Reopened);
    }

    public static UpsertSummary Add(UpsertSummary left, UpsertSummary right) => left + right;
}
