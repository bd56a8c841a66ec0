using GrensJobs.Search.Requests;
using Microsoft.AspNetCore.Http;

namespace GrensJobs.Web;

/// <summary>The language of an error: <c>uiLang</c>, else the best of Accept-Language among nl/de/fr/en, else English.</summary>
internal static class ProblemLanguage
{
    public static string Of(HttpRequest request)
    {
        if (request.Query.TryGetValue(SearchQueryParameters.Name(SearchParameter.UiLanguage), out var uiLang)
            && uiLang.Count == 1 && UiLanguages.Match(uiLang[0]) is { } chosen)
        {
            return chosen;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage;
        return accepted
            .Where(language => language.Quality is not <= 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => UiLanguages.Match(language.Value.Value))
            .FirstOrDefault(language => language is not null) ?? UiLanguages.Default;
    }
}
