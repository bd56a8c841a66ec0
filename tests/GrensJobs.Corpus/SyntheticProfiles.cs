namespace GrensJobs.Corpus;

/// <summary>
/// Deterministic synthetic jobseeker profiles in the canonical JSON format of CONTRACTS.md (what <c>profiles import
/// --format grensjobs</c> reads), one object a line, for benchmarks: desired occupations from the same ESCO seed data
/// and picker as <see cref="SyntheticCorpus"/> (written as a national title in the home's language, an ESCO URI or an
/// ISCO-08 code), homes at real border places weighted by population (a postal code and/or a place name, as the
/// services' feeds give them), languages with CEFR levels as people on each side of the border speak them, commute
/// radii of 15–80 km, hours, education and availability. No names or contact details. The same count, seed and seed
/// files give the same lines on every run. A tool, not a substitute for a labelled development set.
/// </summary>
public static class SyntheticProfiles
{
    /// <summary><paramref name="count"/> canonical profiles as JSON lines.</summary>
    public static IEnumerable<string> ProfileLines(int count, int seed, string seedsDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        return Generate(count, seed, EscoOccupationsCsv.Load(seedsDirectory), BorderPlacesCsv.Load(seedsDirectory));
    }

    private static IEnumerable<string> Generate(int count, int seed, IReadOnlyList<EscoOccupation> occupations, IReadOnlyList<BorderPlace> places)
    {
        var composer = new ProfileComposer(new Random(seed), occupations, places, seed);
        for (var i = 0; i < count; i++)
        {
            yield return composer.Compose(i);
        }
    }
}
