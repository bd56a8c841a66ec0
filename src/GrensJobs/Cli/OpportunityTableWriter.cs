using System.Globalization;
using GrensJobs.Matching.Opportunity;

namespace GrensJobs.Cli;

/// <summary>The opportunity table for people: aligned columns headed in the --ui-lang language, then the total.</summary>
internal static class OpportunityTableWriter
{
    private const int LabelWidth = 48;

    private static readonly Dictionary<string, string[]> Headers = new(StringComparer.Ordinal)
    {
        // Euregio, ISCO, group, country, open vacancies, jobseekers across the border, ratio, total, nothing to show
        ["nl"] = ["Euregio", "ISCO", "Beroepsgroep", "Land", "Vacatures", "Werkzoekenden over de grens", "Verhouding", "Totaal", "Geen open vacatures in deze Euregio's."],
        ["de"] = ["Euregio", "ISCO", "Berufsgruppe", "Land", "Stellen", "Arbeitsuchende jenseits der Grenze", "Verhältnis", "Gesamt", "Keine offenen Stellen in diesen Euregios."],
        ["fr"] = ["Eurégio", "CITP", "Groupe de métiers", "Pays", "Offres", "Demandeurs d'emploi de l'autre côté", "Rapport", "Total", "Aucune offre ouverte dans ces eurégios."],
        ["en"] = ["Euregio", "ISCO", "Occupation group", "Country", "Vacancies", "Jobseekers across the border", "Ratio", "Total", "No open vacancies in these Euregios."],
    };

    public static async Task WriteAsync(TextWriter output, OpportunityTable table)
    {
        var culture = CultureInfo.GetCultureInfo(table.Request.UiLanguage);
        var words = Headers.GetValueOrDefault(table.Request.UiLanguage) ?? Headers["en"];
        if (table.Rows.Count == 0)
        {
            await output.WriteLineAsync(words[8]).ConfigureAwait(false);
            return;
        }

        var lines = new List<string[]> { words[..7] };
        lines.AddRange(table.Rows.Select(row => new[]
        {
            row.EuregioName, row.Isco, Shorten(row.Label), row.Country,
            row.OpenVacancies.ToString("N0", culture), row.JobseekersOtherSide.ToString("N0", culture), row.Ratio.ToString("0.00", culture),
        }));
        lines.Add([
            words[7], "", "", "",
            table.Total.OpenVacancies.ToString("N0", culture), table.Total.JobseekersOtherSide.ToString("N0", culture), table.Total.Ratio.ToString("0.00", culture),
        ]);
        var widths = Enumerable.Range(0, 7).Select(column => lines.Max(line => line[column].Length)).ToArray();
        foreach (var line in lines)
        {
            var cells = line.Select((cell, column) => column >= 4 ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]));
            await output.WriteLineAsync(string.Join("  ", cells).TrimEnd()).ConfigureAwait(false);
        }
    }

    private static string Shorten(string label) => label.Length <= LabelWidth ? label : label[..(LabelWidth - 1)].TrimEnd() + "…";
}
