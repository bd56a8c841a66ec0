namespace GrensJobs.Corpus;

/// <summary>
/// Draws an ESCO occupation as border-region job boards show them: 60% from the ISCO unit groups that dominate them
/// (welders, truck drivers, warehouse workers, nurses…), the rest uniformly from all of ESCO. Vacancies and
/// jobseeker profiles draw from the same picker, so what people look for is what employers offer.
/// </summary>
internal sealed class OccupationPicker
{
    // ISCO unit groups that dominate border-region job boards; the rest of ESCO is drawn uniformly.
    private static readonly string[] CommonIsco =
    [
        "7212", "8332", "9333", "2221", "3221", "5223", "5120", "2512", "7411", "9112", "8160", "4110", "2330",
        "7115", "7233", "5321", "8322", "4321", "5131", "2341", "9329", "7126", "7412", "4311", "5141", "8219",
    ];

    private readonly IReadOnlyList<EscoOccupation> occupations;
    private readonly Dictionary<string, List<EscoOccupation>> byIsco;
    private readonly string[] commonIsco;

    public OccupationPicker(IReadOnlyList<EscoOccupation> occupations)
    {
        this.occupations = occupations;
        byIsco = occupations.GroupBy(o => o.Isco, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        commonIsco = [.. CommonIsco.Where(byIsco.ContainsKey)];
    }

    public EscoOccupation Pick(Random random)
    {
        if (commonIsco.Length > 0 && random.NextDouble() < 0.6)
        {
            var group = byIsco[commonIsco[random.Next(commonIsco.Length)]];
            return group[random.Next(group.Count)];
        }

        return occupations[random.Next(occupations.Count)];
    }

    /// <summary>The occupations of an ISCO-08 unit group (empty for an unknown code).</summary>
    public IReadOnlyList<EscoOccupation> InUnitGroup(string isco) => byIsco.GetValueOrDefault(isco) ?? [];
}
