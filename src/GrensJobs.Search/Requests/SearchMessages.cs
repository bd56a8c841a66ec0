using System.Globalization;

namespace GrensJobs.Search.Requests;

/// <summary>
/// The words of every search error in nl, de, fr and en. Each surface spells the parameters its own way
/// (<c>--min-salary</c>, <c>minSalary</c>), so the caller passes the spelling; the values come from the error.
/// </summary>
public static partial class SearchMessages
{
    /// <summary>The sentence for one error, in <paramref name="language"/> (nl, de, fr or en; others get en).</summary>
    public static string Describe(SearchRequestError error, string language, Func<SearchParameter, string> spell)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(spell);
        object?[] arguments =
        [
            error.Parameter is { } parameter ? spell(parameter) : "",
            .. error.Values,
            error.Related is { } related ? spell(related) : "",
        ];
        return string.Format(CultureInfo.InvariantCulture, Pick(Templates[error.Kind], language), arguments);
    }

    /// <summary>The title of a refused search request.</summary>
    public static string InvalidTitle(string language) => Pick(
        ["De zoekopdracht is niet geldig", "Die Suchanfrage ist ungültig", "La requête de recherche n'est pas valide", "The search request is not valid"],
        language);

    /// <summary>The title of a search that ran out of its time budget.</summary>
    public static string TimeoutTitle(string language) => Pick(
        ["De zoekopdracht duurde te lang", "Die Suche hat zu lange gedauert", "La recherche a pris trop de temps", "The search took too long"],
        language);

    /// <summary>What happened to a search that ran out of its time budget, and what to change.</summary>
    public static string Timeout(TimeSpan budget, string language) => string.Format(
        CultureInfo.InvariantCulture,
        Pick(
            [
                "De zoekopdracht is gestopt na het tijdsbudget van {0:0} ms. Gebruik minder of kortere woorden, of beperk haar met een plaats of filters.",
                "Die Suche wurde nach ihrem Zeitbudget von {0:0} ms abgebrochen. Verwenden Sie weniger oder kürzere Wörter oder grenzen Sie sie mit einem Ort oder Filtern ein.",
                "La recherche s'est arrêtée après son budget de temps de {0:0} ms. Utilisez moins de mots ou des mots plus courts, ou affinez-la avec un lieu ou des filtres.",
                "The search stopped after its time budget of {0:0} ms. Use fewer or shorter words, or narrow it with a place or filters.",
            ],
            language),
        budget.TotalMilliseconds);

    /// <summary>The text for <paramref name="language"/> from texts in the order nl, de, fr, en.</summary>
    public static string Pick(IReadOnlyList<string> texts, string? language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var position = language is null ? -1 : IndexOf(language);
        return texts[position < 0 ? UiLanguages.All.Count - 1 : position];
    }

    private static int IndexOf(string language)
    {
        for (var i = 0; i < UiLanguages.All.Count; i++)
        {
            if (string.Equals(UiLanguages.All[i], language, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
