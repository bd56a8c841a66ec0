using System.IO.Compression;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Decompresses gzip, deflate and br bodies itself (the primary handler does not), and guards every body with a
/// <see cref="GuardedBodyStream"/>: the run's body limit, the decompression ratio (gzip bombs) and the total timeout
/// counted from the start of the attempt (bodies that drip).
/// </summary>
internal sealed class DecompressionHandler(IOptions<CrawlHttpOptions> options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (request.Headers.AcceptEncoding.Count == 0)
        {
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var settings = CrawlRunSettings.Of(request);
        var o = options.Value;
        var limits = new BodyLimits(
            Math.Min(settings.MaxBodyBytes, o.MaxBodyBytes), o.MaxDecompressionRatio, o.DecompressionAllowanceBytes, o.TotalTimeout);
        var deadline = started + (long)(o.TotalTimeout.TotalSeconds * time.TimestampFrequency);
        var encodings = response.Content.Headers.ContentEncoding;
        var encoding = encodings.Count == 1 ? encodings.First().Trim().ToLowerInvariant() : encodings.Count == 0 ? "identity" : null;
        if (encoding is null or not ("identity" or "gzip" or "x-gzip" or "deflate" or "br"))
        {
            return response;
        }

        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        CountingStream? counted = null;
        Stream body = raw;
        if (encoding != "identity")
        {
            counted = new CountingStream(raw);
            body = encoding switch
            {
                "br" => new BrotliStream(counted, CompressionMode.Decompress),
                "deflate" => new ZLibStream(counted, CompressionMode.Decompress),
                _ => new GZipStream(counted, CompressionMode.Decompress),
            };
        }

        var guarded = new StreamContent(new GuardedBodyStream(body, counted, limits, time, deadline));
        CopyHeaders(response.Content.Headers, guarded.Headers, decompressed: counted is not null);
        response.Content = guarded;
        return response;
    }

    private static void CopyHeaders(HttpContentHeaders from, HttpContentHeaders to, bool decompressed)
    {
        foreach (var header in from)
        {
            if (decompressed && (header.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)
                                 || header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            to.TryAddWithoutValidation(header.Key, header.Value);
        }
    }
}
