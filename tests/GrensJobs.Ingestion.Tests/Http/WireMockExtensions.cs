using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Http;

internal static class WireMockExtensions
{
    /// <summary>The server's base URL on the loopback address (not <c>localhost</c>).</summary>
    public static string Loopback(this WireMockServer server) => $"http://127.0.0.1:{server.Port}";

    public static int CountRequests(this WireMockServer server, string path) =>
        server.LogEntries.Count(entry => entry.RequestMessage.Path.Equals(path, StringComparison.Ordinal));

    public static DateTime[] RequestTimes(this WireMockServer server) =>
        [.. server.LogEntries.Select(entry => entry.RequestMessage.DateTime).Order()];
}
