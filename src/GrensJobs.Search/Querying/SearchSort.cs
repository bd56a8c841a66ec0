namespace GrensJobs.Search.Querying;

/// <summary>Result order of <c>search --sort</c>.</summary>
public enum SearchSort
{
    /// <summary>Best match first (concept and title matches above mentions in descriptions), then newest.</summary>
    Relevance,

    /// <summary>Newest posting first.</summary>
    Date,

    /// <summary>Nearest to <c>--near</c> first (vacancies without coordinates last).</summary>
    Distance,
}
