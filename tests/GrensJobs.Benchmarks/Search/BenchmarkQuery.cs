namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// One query of the shared search benchmark mix, engine-neutral: both GrensJobs' Lucene index and the PostgreSQL peer
/// run it and always compute the facets (country, euregio, isco1, isco2, required language, contract, hours band).
/// <see cref="Kind"/> ∈ keyword | cross-language | place-radius | filters; <see cref="Sort"/> ∈ relevance | date | distance.
/// </summary>
public sealed record BenchmarkQuery(string Kind, string? Text, double? NearLat, double? NearLon, double? RadiusKm,
    IReadOnlyList<string> Countries, string? IscoPrefix, string? Contract, int? MinMonthlySalary, DateOnly? Since,
    string Sort, int Top);
