namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

internal sealed record UwvAmount
{
    public decimal? Value { get; init; }

    public string? CurrencyCode { get; init; }
}
