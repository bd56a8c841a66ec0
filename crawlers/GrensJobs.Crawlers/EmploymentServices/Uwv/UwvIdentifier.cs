namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>HR-Open identifier: <c>value</c> (string or number), <c>schemeId</c>, <c>schemeAgencyId</c>.</summary>
internal sealed record UwvIdentifier
{
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleStringConverter))]
    public string? Value { get; init; }

    public string? SchemeId { get; init; }

    public string? SchemeAgencyId { get; init; }
}
