using System.Text;

namespace GrensJobs.Corpus;

/// <summary>Reads <c>seeds/esco/occupations.csv</c> (conceptUri, isco, escoRegulated, pref_/alt_ labels nl/de/fr/en).</summary>
internal static class EscoOccupationsCsv
{
    public static IReadOnlyList<EscoOccupation> Load(string seedsDirectory)
    {
        var path = Path.Combine(seedsDirectory, "esco", "occupations.csv");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = CsvLine.Split(lines[0]);
        int Column(string name) => header.IndexOf(name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{path}: column \"{name}\" is missing");

        var (uri, isco) = (Column("conceptUri"), Column("isco"));
        var (prefNl, altNl, prefDe, altDe, prefFr, altFr, prefEn) =
            (Column("pref_nl"), Column("alt_nl"), Column("pref_de"), Column("alt_de"), Column("pref_fr"), Column("alt_fr"), Column("pref_en"));

        var result = new List<EscoOccupation>(lines.Length);
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = CsvLine.Split(line);
            // Where a language has no preferred label, fall back to the first one available (English first).
            var fallback = new[] { f[prefEn], f[prefNl], f[prefDe], f[prefFr] }.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            if (fallback is null)
            {
                continue;
            }

            var english = fallback;
            result.Add(new EscoOccupation(
                f[uri],
                f[isco],
                Labels(f[prefNl], f[altNl], english),
                Labels(f[prefDe], f[altDe], english),
                Labels(f[prefFr], f[altFr], english)));
        }

        return result;
    }

    private static string[] Labels(string preferred, string alternatives, string fallback)
    {
        var first = preferred.Trim().Length > 0 ? preferred.Trim() : fallback;
        var alt = alternatives.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [first, .. alt.Where(a => !string.Equals(a, first, StringComparison.Ordinal))];
    }
}
