namespace GrensJobs.Search.Requests;

/// <summary>
/// One thing wrong with a search: which parameter (null for a parameter no search knows), what is wrong, the values
/// the message needs (already written invariantly) and, for a parameter that needs another, that other one.
/// </summary>
public sealed record SearchRequestError(
    SearchParameter? Parameter, SearchErrorKind Kind, IReadOnlyList<string> Values, SearchParameter? Related = null);
