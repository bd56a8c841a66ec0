using System.Net;

namespace GrensJobs.Ingestion.Http;

/// <summary>The SSRF guard refused to connect: the host resolves only to loopback, private or link-local addresses.</summary>
public sealed class SsrfRefusedException(string host, IPAddress address, string reason)
    : Exception($"refused to connect to {host}: {address} is a {reason} address and this crawl does not allow private addresses")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
