namespace GrensJobs.Matching.Feeds;

/// <summary>Sends the feed's API key in its header (<c>X-Api-Key</c> for UWV, <c>X-IBM-Client-Id</c> for VDAB).</summary>
internal sealed class ApiKeyHandler(string header, string key) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, key);
        return base.SendAsync(request, cancellationToken);
    }
}
