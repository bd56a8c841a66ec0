using System.Text.Json.Nodes;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Where a JobPosting was found in a page.</summary>
internal enum PostingSource
{
    JsonLd,
    Microdata,
}

/// <summary>
/// One JobPosting as a JSON tree (microdata is converted to the same shape). <paramref name="EntityDecoded"/>: the
/// JSON-LD block was HTML-escaped and already decoded once, so its strings must not be decoded again.
/// </summary>
internal sealed record PostingNode(JsonObject Node, PostingSource Source, bool EntityDecoded);
