using GrensJobs.Search.Querying;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>One request of the hostile-query benchmark: its kind (a case of the issue) and the search it asks for.</summary>
internal sealed record HostileQuery(string Kind, SearchRequest Request)
{
    /// <summary>The first 60 characters of the text, for the report.</summary>
    public string Preview => Request.Text is null ? "(no text)"
        : Request.Text.Length <= 60 ? Request.Text
        : Request.Text[..60] + "…";
}
