namespace GrensJobs.Normalisation.Occupations;

/// <summary>Per-thread accumulators for candidate generation, so a lookup allocates almost nothing.</summary>
internal sealed class FuzzyScratch
{
    [ThreadStatic]
    private static FuzzyScratch? _current;

    private FuzzyScratch(int entries, int concepts)
    {
        Accumulator = new float[entries];
        Touched = new List<int>(4096);
        ConceptScores = new double[concepts];
        ConceptEntries = new int[concepts];
        TouchedConcepts = new List<int>(128);
        ConceptCosines = new double[concepts];
        ConceptHeads = new double[concepts];
        ConceptMasks = new int[concepts];
        ConceptCounts = new int[concepts];
    }

    public double[] ConceptCosines { get; }

    public double[] ConceptHeads { get; }

    public int[] ConceptMasks { get; }

    public int[] ConceptCounts { get; }

    public float[] Accumulator { get; }

    public List<int> Touched { get; }

    public double[] ConceptScores { get; }

    public int[] ConceptEntries { get; }

    public List<int> TouchedConcepts { get; }

    public static FuzzyScratch For(LabelIndex index)
    {
        var scratch = _current;
        if (scratch is null || scratch.Accumulator.Length != index.Count || scratch.ConceptScores.Length != index.Concepts.Count)
        {
            _current = scratch = new FuzzyScratch(index.Count, index.Concepts.Count);
        }

        return scratch;
    }
}
