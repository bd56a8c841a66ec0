using System.Net;

namespace GrensJobs.Ingestion.Http;

/// <summary>Resolves host names for the SSRF guard (replaceable in tests to simulate DNS).</summary>
public interface IHostResolver
{
    /// <exception cref="System.Net.Sockets.SocketException">The name does not resolve.</exception>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
