namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The ESCO occupations (nl, de, fr, en labels) and the ISCO-08 groups from <c>seeds/esco</c>, loaded once per process.
/// </summary>
internal sealed class EscoCatalog
{
    private readonly Dictionary<string, EscoConcept> _byUri;
    private readonly Dictionary<string, IscoGroup> _groups;

    private EscoCatalog(List<EscoConcept> concepts, Dictionary<string, IscoGroup> groups, List<TitleAlias> aliases, LinkerWeights weights)
    {
        Weights = weights;
        Aliases = aliases;
        Concepts = concepts;
        _byUri = new Dictionary<string, EscoConcept>(concepts.Count, StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            _byUri[concept.Uri] = concept;
        }

        _groups = groups;
    }

    /// <summary>Every concept, in seed order.</summary>
    public IReadOnlyList<EscoConcept> Concepts { get; }

    /// <summary>
    /// Job-market titles that ESCO lacks or files under a narrower concept ("Berufskraftfahrer", "Pflegefachkraft",
    /// "verpleegkundige", "technicien de maintenance"), from <c>esco/title_aliases.csv</c>.
    /// </summary>
    public IReadOnlyList<TitleAlias> Aliases { get; }

    /// <summary>The occupation linker's learned weights and calibration (<c>esco/linker_weights.csv</c>).</summary>
    public LinkerWeights Weights { get; }

    /// <summary>Every ISCO-08 group by code ("7", "72", "721", "7212").</summary>
    public IReadOnlyDictionary<string, IscoGroup> IscoGroups => _groups;

    public EscoConcept? Find(string uri) => _byUri.GetValueOrDefault(uri);

    public IscoGroup? FindGroup(string isco) => _groups.GetValueOrDefault(isco);

    /// <summary>Reads <c>esco/occupations.csv</c> and <c>esco/isco_groups.csv</c> under <paramref name="seedsDirectory"/>.</summary>
    public static EscoCatalog Load(string seedsDirectory)
    {
        var concepts = new List<EscoConcept>(3100);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(seedsDirectory, "esco", "occupations.csv")))
        {

            if (row.Length >= 11)
            {
                concepts.Add(ToConcept(row));
            }
        }

        var groups = new Dictionary<string, IscoGroup>(700, StringComparer.Ordinal);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(seedsDirectory, "esco", "isco_groups.csv")))
        {

            if (row.Length >= 7)
            {
                var labels = new Dictionary<string, string>(4, StringComparer.Ordinal)
                {
                    ["nl"] = row[3], ["de"] = row[4], ["fr"] = row[5], ["en"] = row[6],
                };
                var level = row[1].Length == 1 ? row[1][0] - '0' : row[0].Length;
                groups[row[0]] = new IscoGroup(row[0], level, row[2].Length == 0 ? null : row[2], labels);
            }
        }

        var aliases = new List<TitleAlias>(512);
        var aliasPath = Path.Combine(seedsDirectory, "esco", "title_aliases.csv");
        if (File.Exists(aliasPath))
        {
            foreach (var row in SeedCsv.ReadRows(aliasPath))
            {

                if (row.Length >= 3 && EscoLanguages.IndexOf(row[0]) >= 0)
                {
                    aliases.Add(new TitleAlias(EscoLanguages.IndexOf(row[0]), row[1], row[2]));
                }
            }
        }

        return new EscoCatalog(concepts, groups, aliases, LinkerWeights.Load(Path.Combine(seedsDirectory, "esco", "linker_weights.csv")));
    }

    private static EscoConcept ToConcept(string[] row)
    {
        var preferred = new Dictionary<string, string>(4, StringComparer.Ordinal);
        var labels = new IReadOnlyList<string>[EscoLanguages.Count];
        var preferredForms = new IReadOnlyList<string>[EscoLanguages.Count];
        for (var lang = 0; lang < EscoLanguages.Count; lang++)
        {
            var pref = row[3 + (2 * lang)];
            var alt = row[4 + (2 * lang)];
            var forms = SplitGenderPair(pref, lang);
            preferredForms[lang] = forms;
            if (pref.Length > 0)
            {
                preferred[EscoLanguages.Codes[lang]] = pref;
            }

            var all = new List<string>(forms);
            if (alt.Length > 0)
            {
                all.AddRange(alt.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            labels[lang] = all;
        }

        return new EscoConcept(row[0], row[1], row[2] == "1", preferred, labels) { PreferredForms = preferredForms };
    }

    /// <summary>"Schweißer/Schweißerin" → both forms; labels without a pair (and nl/en labels) stay whole.</summary>
    private static string[] SplitGenderPair(string label, int lang)
    {
        if (label.Length == 0)
        {
            return [];
        }

        var isGendered = lang is 1 or 2;
        var slash = label.IndexOf('/', StringComparison.Ordinal);
        if (!isGendered || slash <= 0 || label.IndexOf('/', slash + 1) >= 0)
        {
            return [label];
        }

        // "vendeur/vendeuse en articles de sport": the first half borrows the words after the second's first word.
        var left = label[..slash].Trim();
        var right = label[(slash + 1)..].Trim();
        var leftWords = left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var rightWords = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (leftWords < rightWords.Length)
        {
            left = left + " " + string.Join(' ', rightWords, leftWords, rightWords.Length - leftWords);
        }

        return [left, right];
    }
}
