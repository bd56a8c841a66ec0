namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Outside the resilience handler: admits a request (with all its retries) only when its authority has room
/// (<see cref="AuthorityGate.AdmitAsync"/>), so requests queued behind others do not use up their attempt timeout.
/// </summary>
internal sealed class AdmissionHandler(AuthorityGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new ArgumentException("The request has no URL.", nameof(request));
        using (await gate.AdmitAsync(url, CrawlRunSettings.Of(request).Politeness.MaxConcurrency, cancellationToken).ConfigureAwait(false))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
