using System.Text.Json;

namespace GrensJobs.Matching.Tests.DevelopmentSet;

/// <summary>
/// The frozen development set in <c>Fixtures/DevelopmentSet</c> (see its README): profiles in the three feed formats
/// and the canonical one, a corpus of raw vacancies, and the labels. Matcher tuning reads the <c>tune</c> half only;
/// quality figures are quoted on <c>check</c>.
/// </summary>
internal static class DevelopmentSetFiles
{
    /// <summary>The feeds and the field each one keeps its profile id in.</summary>
    public static readonly IReadOnlyDictionary<string, string> IdFieldByFeed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["uwv"] = "profielId",
        ["ba"] = "refnr",
        ["vdab"] = "werkzoekendeId",
        ["grensjobs"] = "id",
    };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "DevelopmentSet");

    public static async Task<IReadOnlyList<string>> LinesAsync(string file, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(Folder, file), cancellationToken);
        return [.. lines.Where(line => !string.IsNullOrWhiteSpace(line))];
    }

    /// <summary>The profile ids of one feed file, in file order.</summary>
    public static async Task<IReadOnlyList<string>> ProfileIdsAsync(string feed, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var line in await LinesAsync(feed + ".jsonl", cancellationToken))
        {
            using var document = JsonDocument.Parse(line);
            ids.Add(document.RootElement.GetProperty(IdFieldByFeed[feed]).GetString()!);
        }

        return ids;
    }

    public static async Task<IReadOnlyList<DevelopmentSetLabel>> LabelsAsync(CancellationToken cancellationToken)
    {
        var labels = new List<DevelopmentSetLabel>();
        foreach (var line in await LinesAsync("labels.jsonl", cancellationToken))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            labels.Add(new DevelopmentSetLabel(
                root.GetProperty("profile").GetString()!,
                root.GetProperty("feed").GetString()!,
                root.GetProperty("half").GetString()!,
                [.. root.GetProperty("shortlist").EnumerateArray().Select(v => v.GetString()!)],
                [.. root.GetProperty("mustNotTop").EnumerateArray().Select(b =>
                    new BlockedVacancy(b.GetProperty("vacancy").GetString()!, b.GetProperty("why").GetString()!))],
                root.GetProperty("note").GetString()!));
        }

        return labels;
    }
}
