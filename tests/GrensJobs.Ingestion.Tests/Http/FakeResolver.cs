using System.Net;
using System.Net.Sockets;
using GrensJobs.Ingestion.Http;

namespace GrensJobs.Ingestion.Tests.Http;

/// <summary>DNS for tests: fixed answers per host; every other name does not resolve.</summary>
internal sealed class FakeResolver(IReadOnlyDictionary<string, IPAddress> answers) : IHostResolver
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return answers.TryGetValue(host, out var address)
            ? Task.FromResult(new[] { address })
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
