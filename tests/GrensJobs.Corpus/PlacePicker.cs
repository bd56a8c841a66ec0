namespace GrensJobs.Corpus;

/// <summary>
/// Draws a border place: first the posting region (about 35% NL, 35% DE, 15% Flanders, 11% Wallonia, 4% East Belgium,
/// so every language is well represented), then a place in it weighted by population, so that Aachen, Liège, Enschede
/// and Venlo come up often and villages rarely.
/// </summary>
internal sealed class PlacePicker
{
    private static readonly (string Country, string Language, double Share)[] Regions =
        [("NL", "nl", 0.35), ("DE", "de", 0.35), ("BE", "nl", 0.15), ("BE", "fr", 0.11), ("BE", "de", 0.04)];

    private readonly List<(BorderPlace[] Places, long[] Cumulative, double Share)> regions = [];

    public PlacePicker(IReadOnlyList<BorderPlace> places)
    {
        foreach (var (country, language, share) in Regions)
        {
            var inRegion = places
                .Where(p => string.Equals(p.Country, country, StringComparison.Ordinal) && string.Equals(p.Language, language, StringComparison.Ordinal))
                .ToArray();
            if (inRegion.Length == 0)
            {
                continue;
            }

            var cumulative = new long[inRegion.Length];
            long total = 0;
            for (var i = 0; i < inRegion.Length; i++)
            {
                total += inRegion[i].Population;
                cumulative[i] = total;
            }

            regions.Add((inRegion, cumulative, share));
        }

        if (regions.Count == 0)
        {
            throw new InvalidDataException("the place seeds hold no populated place in a Euregio");
        }
    }

    public BorderPlace Pick(Random random)
    {
        var totalShare = regions.Sum(r => r.Share);
        var roll = random.NextDouble() * totalShare;
        var region = regions[^1];
        foreach (var candidate in regions)
        {
            if (roll < candidate.Share)
            {
                region = candidate;
                break;
            }

            roll -= candidate.Share;
        }

        var target = (long)(random.NextDouble() * region.Cumulative[^1]);
        var index = Array.BinarySearch(region.Cumulative, target + 1);
        return region.Places[index >= 0 ? index : ~index];
    }
}
