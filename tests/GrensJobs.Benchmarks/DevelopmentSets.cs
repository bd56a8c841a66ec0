using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;

namespace GrensJobs.Benchmarks;

/// <summary>
/// Accuracy on the labelled development sets, measured end to end through <see cref="VacancyNormaliser"/> exactly
/// as the <c>normalise</c> verb runs (a raw vacancy in, the normalised fields out).
/// </summary>
internal static class DevelopmentSets
{
    public static void Report(VacancyNormaliser normaliser)
    {
        var fixtures = Path.Combine(RepositoryRoot(), "tests", "GrensJobs.Normalisation.Tests", "Fixtures");
        Occupations(normaliser, Path.Combine(fixtures, "occupation-titles.jsonl"), "employer titles");
        Occupations(normaliser, Path.Combine(fixtures, "national-titles.jsonl"), "national employment-service titles");
        Occupations(normaliser, Path.Combine(fixtures, "national-titles-2.jsonl"), "national employment-service titles, second batch");
        Languages(normaliser, Path.Combine(fixtures, "language-requirements.jsonl"));
    }

    private static void Occupations(VacancyNormaliser normaliser, string file, string name)
    {
        int total = 0, isco = 0, concept = 0;
        foreach (var item in ReadJsonLines(file))
        {
            var raw = new RawVacancy
            {
                Title = item.GetProperty("title").GetString()!,
                Description = item.TryGetProperty("text", out var text) ? text.GetString() : null,
                Language = item.GetProperty("language").GetString(),
                Location = new RawLocation { Country = item.GetProperty("country").GetString() },
            };
            var occupation = normaliser.Normalise(raw).Occupation;
            total++;
            isco += occupation?.Isco == item.GetProperty("isco").GetString() ? 1 : 0;
            concept += occupation?.Esco == item.GetProperty("esco").GetString() ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"occupation development set, {name} ({total}): ISCO-4 top-1 {(double)isco / total:0.000}, concept top-1 {(double)concept / total:0.000}"));
    }

    private static void Languages(VacancyNormaliser normaliser, string file)
    {
        int truePositives = 0, predicted = 0, expected = 0, passages = 0;
        foreach (var item in ReadJsonLines(file))
        {
            passages++;
            var gold = item.GetProperty("expected").EnumerateArray()
                .Select(e => (e.GetProperty("language").GetString()!,
                    e.TryGetProperty("level", out var level) && level.ValueKind == JsonValueKind.String ? level.GetString() : null,
                    e.GetProperty("required").GetBoolean()))
                .ToHashSet();
            var raw = new RawVacancy
            {
                Title = "Vacature",
                Description = item.GetProperty("text").GetString(),
                Language = item.TryGetProperty("postingLanguage", out var language) ? language.GetString() : null,
            };
            var found = normaliser.Normalise(raw).Languages
                .Select(r => (r.Language, r.Level is CefrLevel level ? level.ToString() : null, r.Required))
                .ToHashSet();
            predicted += found.Count;
            expected += gold.Count;
            truePositives += found.Count(gold.Contains);
        }

        var precision = predicted == 0 ? 1 : (double)truePositives / predicted;
        var recall = expected == 0 ? 1 : (double)truePositives / expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"language-requirement development set ({passages} passages, {expected} triples): precision {precision:0.000}, recall {recall:0.000}, F1 {f1:0.000}"));
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string file) =>
        File.ReadLines(file).Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => JsonDocument.Parse(line).RootElement);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GrensJobs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmark from inside the GrensJobs repository (the development sets live under tests/).");
    }
}
