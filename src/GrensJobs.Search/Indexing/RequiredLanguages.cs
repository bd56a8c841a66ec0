using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// The languages a vacancy requires, as <c>search --speaks</c> reads them (CONTRACTS.md): every requirement with
/// <c>required: true</c>, and — when the vacancy says nothing at all about its own posting language — that language
/// at B1.
/// </summary>
internal static class RequiredLanguages
{
    public const CefrLevel ImplicitPostingLanguageLevel = CefrLevel.B1;

    public static IReadOnlyList<(string Language, CefrLevel? Level)> Of(Vacancy vacancy)
    {
        var result = new List<(string, CefrLevel?)>(vacancy.Languages.Count + 1);
        foreach (var requirement in vacancy.Languages)
        {
            if (requirement.Required)
            {
                result.Add((requirement.Language, requirement.Level));
            }
        }

        if (vacancy.Language is { } posting
            && !vacancy.Languages.Any(r => string.Equals(r.Language, posting, StringComparison.Ordinal)))
        {
            result.Add((posting, ImplicitPostingLanguageLevel));
        }

        return result;
    }

    /// <summary>"de:4" — the doc-value term for a requirement (level 0 = any level).</summary>
    public static string Term(string language, CefrLevel? level) =>
        string.Concat(language, ":", ((int)(level ?? 0)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static (string Language, int Level) ParseTerm(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        return (term[..colon], term[(colon + 1)..] is [var digit] ? digit - '0' : 0);
    }
}
