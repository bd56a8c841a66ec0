using System.Net;
using System.Net.Sockets;
using GrensJobs.Cli;
using GrensJobs.Demo;

namespace GrensJobs.Tests;

/// <summary>Loopback ports for tests: one nobody listens on, or six free ones in a row (a demo base port).</summary>
internal static class TestPorts
{
    /// <summary>A port that was free a moment ago (nothing listens on it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A base port with six free ports from it.</summary>
    public static int FreeBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 60_000);
            if (PortsInUse.FirstTaken(Enumerable.Range(candidate, DemoSources.SiteCount)) is null)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No six free ports in a row between 20000 and 60000.");
    }
}
