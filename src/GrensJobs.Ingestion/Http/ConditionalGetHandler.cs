using System.Net;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Conditional GET: remembers ETag/Last-Modified and the body of each URL's 200, sends If-None-Match and
/// If-Modified-Since the next time, and turns a 304 into the remembered 200 so callers never see 304.
/// </summary>
internal sealed class ConditionalGetHandler(ConditionalGetCache cache, ILogger<ConditionalGetHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri;
        if (url is null || request.Method != HttpMethod.Get
            || request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince is not null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var known = cache.TryGet(url, out var cached) ? cached : null;
        if (known?.ETag is { } etag)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        if (known?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && known is not null)
        {
            Log.NotModified(logger, url);
            var replay = new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = response.RequestMessage ?? request,
                Version = response.Version,
                Content = Content(known),
            };
            response.Dispose();
            return replay;
        }

        if (response.StatusCode != HttpStatusCode.OK
            || (response.Headers.ETag is null && response.Content.Headers.LastModified is null))
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var entry = new CachedResponse(response.Headers.ETag, response.Content.Headers.LastModified, [.. response.Content.Headers], body);
        cache.Store(url, entry);
        response.Content.Dispose();
        response.Content = Content(entry);
        return response;
    }

    private static ByteArrayContent Content(CachedResponse cached)
    {
        var content = new ByteArrayContent(cached.Body);
        foreach (var header in cached.ContentHeaders)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return content;
    }
}
