namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>A language with its spoken (<c>mondeling</c>) and written (<c>schriftelijk</c>) CEFR levels.</summary>
internal sealed record UwvTaal
{
    public string? Taalcode { get; init; }

    public string? Mondeling { get; init; }

    public string? Schriftelijk { get; init; }
}
