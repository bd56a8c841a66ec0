using GrensJobs.Normalisation;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using GrensJobs.Search.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrensJobs.Web;

/// <summary>
/// <c>GET /api/search</c>: the parameters of CONTRACTS.md "Search", read and validated by the same
/// <see cref="SearchRequestParser"/> as the command line; anything else is a 400 ProblemDetails in the caller's language
/// with one entry a problem under <c>errors</c>.
/// </summary>
internal static class SearchEndpoint
{
    public static Results<ContentHttpResult, ProblemHttpResult> Search(
        HttpRequest http, VacancyNormaliser normaliser, VacancyIndex index, VacancySearcher searcher)
    {
        var (parameters, errors) = SearchQueryParameters.Read(http.Query);
        var parsed = errors.Count == 0 ? SearchRequestParser.Parse(parameters, normaliser) : null;
        if (parsed?.Request is not { } request)
        {
            return Refuse(errors.Count > 0 ? errors : parsed!.Errors, ProblemLanguage.Of(http));
        }

        // A search that runs out of its time budget throws SearchTimeoutException: the exception handler answers 503.
        var response = searcher.Search(index, request);
        return TypedResults.Text(SearchJson.Serialize(response), "application/json; charset=utf-8");
    }

    private static ProblemHttpResult Refuse(IReadOnlyList<SearchRequestError> errors, string language)
    {
        var described = errors
            .Select(error => new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["parameter"] = error.Parameter is { } parameter ? SearchQueryParameters.Name(parameter) : error.Values[0],
                ["detail"] = SearchMessages.Describe(error, language, SearchQueryParameters.Name),
            })
            .ToList();
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: SearchMessages.InvalidTitle(language),
            detail: string.Join(" ", described.Select(error => error["detail"])),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = described });
    }
}
