namespace GrensJobs.Normalisation.Occupations;

/// <summary>Titles that name no occupation: "Medewerker", "Mitarbeiter", "Allrounder", "Collega gezocht", "Werken bij ons".</summary>
internal static class VagueTitles
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "medewerker", "medewerkster", "medewerkers", "mitarbeiter", "mitarbeiterin", "mitarbeitende", "allrounder",
        "allround", "collega", "collegas", "kollege", "kollegin", "kollegen", "employe", "employee", "employees",
        "staff", "personeel", "personal", "team", "teamlid", "teammitglied", "werken", "werk", "job", "jobs", "baan",
        "stelle", "stellen", "arbeit", "verstarkung", "unterstutzung", "ons", "uns", "wij", "zoeken", "zoekt",
        "suchen", "sucht", "dich", "jou", "je", "you", "toi", "we", "wir", "aushilfe", "aushilfen", "algemeen",
        "allgemein", "general", "m", "w", "d", "x", "v", "h", "f", "en", "und", "et", "and", "of", "oder", "ou", "or",
        "hiring", "vacancy", "vacatures", "poste", "emploi", "collaborateur", "collaboratrice", "candidature",
        "spontane", "open", "sollicitatie", "initiativbewerbung", "bewerbung", "mensen", "people", "leute", "gezocht",
        "gesucht", "voor", "fur", "pour", "for", "bij", "bei", "chez", "at", "nieuwe", "neue", "new", "polyvalent", "polyvalente", "polyvalenter",
    };

    public static bool IsVague(string folded)
    {
        if (folded.Length == 0)
        {
            return true;
        }

        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Generic.Contains(word))
            {
                return false;
            }
        }

        return true;
    }
}
