namespace GrensJobs.Matching.Scoring;

/// <summary>
/// The reasons and blockers of one scoring, worded only when there are texts to word them in: a candidate scored to
/// rank it (no texts) counts its blockers and writes nothing.
/// </summary>
internal sealed class MatchNotes(MatchTexts? texts)
{
    private static readonly List<string> None = [];

    public List<string> Reasons { get; } = texts is null ? None : [];

    public List<string> Blockers { get; } = texts is null ? None : [];

    public int BlockerCount { get; private set; }

    public void Reason(Func<MatchTexts, string> write)
    {
        if (texts is not null)
        {
            Reasons.Add(write(texts));
        }
    }

    public void Blocker(Func<MatchTexts, string> write)
    {
        BlockerCount++;
        if (texts is not null)
        {
            Blockers.Add(write(texts));
        }
    }
}
