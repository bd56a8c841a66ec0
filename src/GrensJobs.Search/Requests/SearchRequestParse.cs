using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Requests;

/// <summary>The outcome of <see cref="SearchRequestParser.Parse"/>: a request, or every error found (never both).</summary>
public sealed record SearchRequestParse(SearchRequest? Request, IReadOnlyList<SearchRequestError> Errors)
{
    public bool IsValid => Request is not null;
}
