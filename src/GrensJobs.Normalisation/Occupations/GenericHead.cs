namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Titles made of a generic head and a field: "medewerker bouw", "Helfer/in - Metallbau", "Mitarbeiter Lager",
/// "employé de nettoyage", "bediende boekhouding". The field decides: the concepts with a label word that starts
/// with it ("bouw" → "bouwvakker"), the least specialised ISCO major group the head suggests first.
/// </summary>
internal static class GenericHead
{
    private const int MinFieldLength = 4;

    private static readonly int[] Helper = [9, 8, 7];
    private static readonly int[] Worker = [9, 8, 4, 7, 5];
    private static readonly int[] Clerk = [4, 3, 5, 9];

    private static readonly Dictionary<string, int[]> Heads = new(StringComparer.Ordinal)
    {
        ["helfer"] = Helper, ["helper"] = Helper, ["hulp"] = Helper, ["ouvrier"] = Helper, ["ouvriere"] = Helper,
        ["arbeider"] = Helper, ["arbeiter"] = Helper, ["werknemer"] = Worker,
        ["medewerker"] = Worker, ["medewerkster"] = Worker, ["mitarbeiter"] = Worker, ["mitarbeitende"] = Worker,
        ["employe"] = Clerk, ["employee"] = Clerk, ["bediende"] = Clerk, ["angestellter"] = Clerk, ["angestellte"] = Clerk,
    };

    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal)
    {
        "fur", "im", "in", "de", "du", "des", "d", "van", "voor", "der", "la", "le", "l", "en",
    };

    /// <summary>Whether the folded title starts with a generic head and names something after it.</summary>
    public static bool Has(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Heads.ContainsKey(folded[..space]);
    }

    /// <summary>The concept for a generic-head title, or -1 when the title has no generic head or the field is unknown.</summary>
    public static int Find(LabelIndex index, string folded, int language)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !Heads.TryGetValue(words[0], out var majors))
        {
            return -1;
        }

        var at = 1;
        while (at < words.Length - 1 && Linkers.Contains(words[at]))
        {
            at++;
        }

        var field = words[at];
        if (field.Length < MinFieldLength || VagueTitles.IsVague(field))
        {
            return -1;
        }

        var counts = index.ConceptsWithWordStarting(field, language);
        for (var m = 0; m < majors.Length; m++)
        {
            var best = -1;
            var bestCount = 0;
            foreach (var (concept, count) in counts)
            {
                if (index.IsGroup(concept))
                {
                    continue;
                }

                var isco = index.Concepts[concept].Isco;
                if (isco.Length > 0 && isco[0] - '0' == majors[m] && (count > bestCount || (count == bestCount && concept < best)))
                {
                    best = concept;
                    bestCount = count;
                }
            }

            if (best >= 0)
            {
                return best;
            }
        }

        return -1;
    }
}
