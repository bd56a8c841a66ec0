using System.Globalization;

namespace GrensJobs.Search.Querying;

/// <summary>Suggestions as sentences in the UI language (nl, de, fr, en).</summary>
internal static class SuggestionTexts
{
    public static string Spelling(string language, string query, long total) => language switch
    {
        "nl" => Format($"Bedoelde u: {query}? ({total} vacatures)"),
        "de" => Format($"Meinten Sie: {query}? ({total} Stellen)"),
        "fr" => Format($"Vouliez-vous dire : {query} ? ({total} offres)"),
        _ => Format($"Did you mean: {query}? ({total} vacancies)"),
    };

    public static string Radius(string language, double radiusKm, long total) => language switch
    {
        "nl" => Format($"Binnen {radiusKm:0} km: {total} vacatures (--radius {radiusKm:0})"),
        "de" => Format($"Im Umkreis von {radiusKm:0} km: {total} Stellen (--radius {radiusKm:0})"),
        "fr" => Format($"Dans un rayon de {radiusKm:0} km : {total} offres (--radius {radiusKm:0})"),
        _ => Format($"Within {radiusKm:0} km: {total} vacancies (--radius {radiusKm:0})"),
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
