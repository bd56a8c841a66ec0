namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>HR-Open formatted text: <c>content</c> (HTML or plain text).</summary>
internal sealed record UwvFormattedDescription
{
    public string? Content { get; init; }
}
