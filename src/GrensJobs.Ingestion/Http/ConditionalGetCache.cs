using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Http;

/// <summary>In-memory validators and bodies per URL for conditional GET, bounded in total bytes.</summary>
internal sealed class ConditionalGetCache(IOptions<CrawlHttpOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedResponse> entries = new(StringComparer.Ordinal);
    private long bytes;

    public bool TryGet(Uri url, out CachedResponse cached) => entries.TryGetValue(url.AbsoluteUri, out cached!);

    public void Store(Uri url, CachedResponse response)
    {
        var limit = options.Value.ConditionalCacheBytes;
        if (response.Body.Length > limit / 4)
        {
            return;
        }

        if (Interlocked.Add(ref bytes, response.Body.Length) > limit)
        {
            entries.Clear();
            Interlocked.Exchange(ref bytes, response.Body.Length);
        }

        if (entries.TryGetValue(url.AbsoluteUri, out var previous))
        {
            Interlocked.Add(ref bytes, -previous.Body.Length);
        }

        entries[url.AbsoluteUri] = response;
    }
}

/// <summary>A 200 kept for conditional GET: its validators, content headers and body.</summary>
internal sealed record CachedResponse(
    EntityTagHeaderValue? ETag,
    DateTimeOffset? LastModified,
    IReadOnlyList<KeyValuePair<string, IEnumerable<string>>> ContentHeaders,
    byte[] Body);
