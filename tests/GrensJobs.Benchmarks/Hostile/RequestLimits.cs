using System.Globalization;
using GrensJobs.Normalisation;
using GrensJobs.Search.Querying;
using GrensJobs.Search.Requests;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>
/// Whether a request is within <see cref="SearchLimits"/>, decided by the product's own check before the engine
/// (<see cref="SearchRequestParser"/>, as the CLI and the API use it, on the request's text, top and page): the
/// benchmark's classification of each request and the cost it measures for the refused ones.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The limit the request is beyond (the parser's error kind), or null when it is within every limit.</summary>
    public static string? Beyond(SearchRequest request, VacancyNormaliser normaliser)
    {
        var parameters = new SearchParameters
        {
            Query = request.Text,
            Top = request.Top.ToString(CultureInfo.InvariantCulture),
            Page = request.Page.ToString(CultureInfo.InvariantCulture),
        };
        return SearchRequestParser.Parse(parameters, normaliser).Errors is [var first, ..] ? first.Kind.ToString() : null;
    }
}
