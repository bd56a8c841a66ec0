using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using GrensJobs.Core.Dedup;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Storage.Sqlite;

/// <summary>
/// A vacancy flattened into the store's queryable columns, its JSON and the hash of that JSON.
/// Country and NUTS-3 come from the first place; Euregios are the union over every place, so a filter on a
/// Euregio finds a vacancy with any of its places there.
/// </summary>
internal sealed record VacancyRow(
    string Source,
    string Id,
    string Title,
    string? Employer,
    string? Language,
    string? Country,
    string? Nuts3,
    string? Isco,
    string? Esco,
    string? Posted,
    string? ValidThrough,
    IReadOnlyList<string> Euregios,
    string Json,
    string ContentHash,
    DuplicateSignature? Signature)
{
    public static VacancyRow From(Vacancy vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(vacancy, GrensJobsJsonContext.Default.Vacancy);
        var euregios = new SortedSet<string>(StringComparer.Ordinal);
        if (vacancy.Location is { } first)
        {
            euregios.UnionWith(first.Euregios ?? []);
        }

        foreach (var location in vacancy.Locations ?? [])
        {
            euregios.UnionWith(location.Euregios ?? []);
        }

        return new VacancyRow(
            vacancy.Source,
            vacancy.Id,
            vacancy.Title,
            vacancy.Employer,
            vacancy.Language,
            vacancy.Location?.Country,
            vacancy.Location?.Nuts3,
            vacancy.Occupation?.Isco,
            vacancy.Occupation?.Esco,
            FormatDate(vacancy.Posted),
            FormatDate(vacancy.ValidThrough),
            [.. euregios],
            System.Text.Encoding.UTF8.GetString(utf8),
            Convert.ToHexStringLower(SHA256.HashData(utf8)),
            DuplicateSignature.Of(vacancy));
    }

    public static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
