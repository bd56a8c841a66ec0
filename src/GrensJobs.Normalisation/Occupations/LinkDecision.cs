namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// How the linker decided on a folded title: the path (<c>exact</c>, <c>exactOtherLanguage</c>, <c>generic</c>,
/// <c>ranked</c> or <c>none</c>), the concept (-1: none), the calibrated confidence, the winner's logit and lead
/// over the runner-up (ranked path), the runner-up a description may prefer (-1: none) and the ranked candidates.
/// </summary>
internal sealed record LinkDecision(string Path, int Concept, double Confidence, double Logit, double Margin, int Runner,
    IReadOnlyList<RankedCandidate> Candidates)
{
    /// <summary>On the exact paths: whether the label is a preferred one (or an alias), and whether another concept has it too.</summary>
    public (bool Preferred, bool Shared) ExactLabel { get; init; }

    public static LinkDecision None(IReadOnlyList<RankedCandidate> candidates) => new("none", -1, 0, 0, 0, -1, candidates);
}
