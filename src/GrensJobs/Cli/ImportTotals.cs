using System.Globalization;
using GrensJobs.Storage;

namespace GrensJobs.Cli;

/// <summary>Running counts of an import, and the one-line summary printed at its end.</summary>
internal sealed class ImportTotals
{
    public int Lines { get; set; }
    public int BadLines { get; set; }
    public int New { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Reopened { get; private set; }

    /// <summary>Vacancies expired after the upserts because their validThrough lies before today.</summary>
    public int Expired { get; set; }

    public void Add(UpsertSummary summary)
    {
        New += summary.New;
        Updated += summary.Updated;
        Unchanged += summary.Unchanged;
        Reopened += summary.Reopened;
    }

    public string Describe(StoreCounts store, DateOnly today) => string.Create(CultureInfo.InvariantCulture,
        $"import: {Lines - BadLines} of {Lines} lines imported: {New} new, {Updated} updated, {Unchanged} unchanged, {Reopened} reopened; {BadLines} bad.{ExpiredText(today)} The store holds {store.Total} vacancies ({store.Open} open).");

    private string ExpiredText(DateOnly today) => Expired == 0
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" {Expired} stored as expired (validThrough before {today:yyyy-MM-dd}).");
}
