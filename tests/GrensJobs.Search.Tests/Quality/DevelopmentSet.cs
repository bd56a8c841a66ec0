using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrensJobs.Search.Tests.Quality;

/// <summary>The labelled development set in Fixtures/DevSet: border vacancies in nl/de/fr and queries with their relevant vacancies.</summary>
internal static class DevelopmentSet
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "DevSet");

    public static IReadOnlyList<string> VacancyLines() =>
        [.. File.ReadLines(Path.Combine(Folder, "vacancies.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l))];

    public static IReadOnlyList<LabelledQuery> Queries() =>
        [.. File.ReadLines(Path.Combine(Folder, "queries.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize(l, DevelopmentSetJson.Default.LabelledQuery)!)];
}

internal sealed record LabelledQuery(
    string Id,
    string Query,
    string? Lang,
    string? Near,
    double? RadiusKm,
    string? Country,
    IReadOnlyList<string> Relevant,
    IReadOnlyList<string>? Decoys,
    string? Note);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LabelledQuery))]
internal sealed partial class DevelopmentSetJson : JsonSerializerContext;
