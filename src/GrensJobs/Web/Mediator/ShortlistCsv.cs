using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using GrensJobs.Storage;
using GrensJobs.Storage.Shortlists;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// A shortlist as CSV (CsvHelper, RFC 4180 quoting, comma- or semicolon-separated, UTF-8 with a byte-order mark so spreadsheet programs read
/// umlauts and accents right): one line per item with the vacancy's title, employer and place from the store. A cell
/// that a spreadsheet would run as a formula (=, +, -, @ first — crawled titles are untrusted) is escaped.
/// </summary>
internal sealed class ShortlistCsv(IVacancyStore vacancies)
{
    /// <summary>The separators <c>?separator=</c> accepts: a comma (RFC 4180), or a semicolon as spreadsheet programs in NL, DE and BE expect.</summary>
    public static IReadOnlyDictionary<string, string> Separators { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["comma"] = ",", ["semicolon"] = ";" };

    public async Task<byte[]> WriteAsync(IReadOnlyList<ShortlistItem> items, string separator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rows = new List<ShortlistCsvRow>(items.Count);
        foreach (var item in items)
        {
            var vacancy = (await vacancies.GetAsync(item.VacancySource, item.VacancyId, cancellationToken).ConfigureAwait(false))?.Vacancy;
            rows.Add(new ShortlistCsvRow(
                item.Id, item.ProfileId, item.VacancySource, item.VacancyId, vacancy?.Title, vacancy?.Employer,
                vacancy?.Location?.Place, vacancy?.Location?.Country, item.Note,
                item.Outcome is { } outcome ? PlacementOutcomes.Name(outcome) : null,
                item.OutcomeAt is { } at ? Text(at) : null, Text(item.AddedAt)));
        }

        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator,
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\r\n",
        }))
        {
            await csv.WriteRecordsAsync(rows, cancellationToken).ConfigureAwait(false);
        }

        return buffer.ToArray();
    }

    private static string Text(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
