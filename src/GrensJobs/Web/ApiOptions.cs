using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Web;

/// <summary>
/// Limits of the HTTP API (configuration section <c>Api</c>). The host answers beyond them itself, with a
/// ProblemDetails body (Kestrel's own limits are set above these, so its bare answers never come first).
/// </summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Characters of the request target (path and query): beyond them, 414.</summary>
    [Range(256, 32_768)]
    public int MaxUrlCharacters { get; set; } = 8_192;

    /// <summary>Bytes of a request body (the API reads none): beyond them, 413.</summary>
    [Range(0, 1_048_576)]
    public long MaxBodyBytes { get; set; } = 65_536;

    /// <summary>Searches answered at once; more wait in the queue.</summary>
    [Range(1, 1_024)]
    public int MaxConcurrentSearches { get; set; } = 8;

    /// <summary>Searches waiting for a turn: beyond them, 429.</summary>
    [Range(0, 10_000)]
    public int SearchQueueLength { get; set; } = 64;
}
