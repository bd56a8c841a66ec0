namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>Where and when the opening is posted: <c>start</c> and <c>end</c> dates (end null: open-ended).</summary>
internal sealed record UwvPostingInstruction
{
    public string? Start { get; init; }

    public string? End { get; init; }
}
