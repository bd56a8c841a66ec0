namespace GrensJobs.Normalisation.Occupations;

/// <summary>A candidate concept of a title with its evidence, its feature vector and the learned logit.</summary>
internal sealed record RankedCandidate(ConceptEvidence Evidence, double[] Features, double Logit)
{
    public int Concept => Evidence.Concept;
}
