using System.Text.RegularExpressions;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Words that put a title above the shop floor — a supervisor or manager ("Schichtleiter", "teamleider",
/// "chef d'équipe", "responsable") or an engineer ("Schweißfachingenieur", "ingénieur") — and the ISCO-08 groups such
/// a title can belong to. A fuzzy link from such a title to a worker's occupation contradicts it.
/// </summary>
internal static partial class RankMarkers
{
    // Supervisors outside major group 1: production, construction and mining supervisors, office, cleaning and shop supervisors.
    private static readonly HashSet<string> SupervisoryUnitGroups = new(StringComparer.Ordinal) { "3121", "3122", "3123", "3341", "5151", "5222" };

    /// <summary>Whether <paramref name="foldedTitle"/> (lower-case, folded) names a rank that <paramref name="isco"/> does not have.</summary>
    public static bool Contradicts(string foldedTitle, string isco)
    {
        if (isco.Length == 0)
        {
            return false;
        }

        if (Supervisory().IsMatch(foldedTitle))
        {
            return isco[0] is not ('1' or '2') && !SupervisoryUnitGroups.Contains(isco);
        }

        return Engineer().IsMatch(foldedTitle) && isco[0] is not ('1' or '2' or '3');
    }

    /// <summary>Whether a folded title names a supervisor, manager, coordinator or engineer.</summary>
    public static bool IsSenior(string foldedTitle) =>
        Supervisory().IsMatch(foldedTitle) || Engineer().IsMatch(foldedTitle) || Coordinator().IsMatch(foldedTitle);

    [GeneratedRegex(@"coordinat(or|eur|rice)\b|koordinator", RegexOptions.CultureInvariant)]
    private static partial Regex Coordinator();

    // "leiter"/"leitung" but not "begleiter" (Zugbegleiter); "leider" but not "begeleider" (woonbegeleider).
    [GeneratedRegex(@"(?<!beg)leiter(in)?\b|leitung\b|(?<!bege)leider\b|leidinggevende|\bhoofd\b|\bchef d ?equipe|\bchef de (projet|service|chantier|rayon|secteur)|\bchef d ?atelier|\ben chef\b|\bresponsable\b|\bdirect(eur|rice|or)\b|\bmanager\b|\bsupervisor\b|\bsuperviseur\b|\bteam ?lead", RegexOptions.CultureInvariant)]
    private static partial Regex Supervisory();

    [GeneratedRegex(@"ingenieur|\bengineer\b|\bir\.? ", RegexOptions.CultureInvariant)]
    private static partial Regex Engineer();
}
