using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>Reads the rank a job title names, for ranking search results.</summary>
public static class TitleRank
{
    /// <summary>
    /// Whether the title names a supervisor, manager, coordinator or engineer ("Teamleider productie",
    /// "Infirmier en chef", "Lascoördinator", "Schweißfachingenieur") rather than the occupation's worker.
    /// </summary>
    public static bool IsSenior(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return RankMarkers.IsSenior(TextFolding.Fold(title));
    }
}
