using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Places;
using GrensJobs.Search.Querying;

namespace GrensJobs.Benchmarks.Search;

/// <summary>A <see cref="BenchmarkQuery"/> as the GrensJobs searcher's <see cref="SearchRequest"/>, filter for filter.</summary>
internal static class BenchmarkSearchRequest
{
    public static SearchRequest From(BenchmarkQuery query) => new()
    {
        Text = query.Text,
        Near = query is { NearLat: { } lat, NearLon: { } lon } ? new ResolvedPlace("benchmark point", "", lat, lon, null, null, []) : null,
        RadiusKm = query.RadiusKm,
        Countries = query.Countries,
        Occupation = query.IscoPrefix,
        Contracts = query.Contract is { } contract ? [Enum.Parse<ContractType>(contract, ignoreCase: true)] : [],
        MinMonthlySalary = query.MinMonthlySalary,
        Since = query.Since,
        Sort = query.Sort switch
        {
            "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            "distance" => SearchSort.Distance,
            _ => throw new ArgumentException($"unknown sort {query.Sort}", nameof(query)),
        },
        Top = query.Top,
    };
}
