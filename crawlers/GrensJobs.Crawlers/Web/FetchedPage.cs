using System.Net;

namespace GrensJobs.Crawlers.Web;

/// <summary>A response as adapters see it: final URL, status, media type and the body, decoded on demand.</summary>
public sealed class FetchedPage
{
    private string? text;

    public required Uri Url { get; init; }

    public required HttpStatusCode Status { get; init; }

    /// <summary>Lower-case media type without parameters (<c>text/html</c>), or null.</summary>
    public string? MediaType { get; init; }

    /// <summary>The charset the response header declared, if any.</summary>
    public string? DeclaredCharset { get; init; }

    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>True when robots.txt disallows the URL for our user agent; nothing was sent.</summary>
    public bool BlockedByRobots { get; init; }

    /// <summary>How many attempts the pipeline made (1 unless it retried a failure).</summary>
    public int Attempts { get; init; } = 1;

    public bool IsSuccess => !BlockedByRobots && (int)Status is >= 200 and < 300;

    /// <summary>The body as text, in the charset of the header, the byte order mark or the HTML/XML declaration.</summary>
    public string Text => text ??= PageDecoder.Decode(Body.Span, DeclaredCharset);
}
