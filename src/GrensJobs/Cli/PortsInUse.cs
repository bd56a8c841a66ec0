using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GrensJobs.Cli;

/// <summary>What <c>serve</c> says when it cannot listen: the port that is taken and the setting that moves it.</summary>
internal static class PortsInUse
{
    /// <summary>The first of <paramref name="ports"/> another process listens on (loopback), or null.</summary>
    public static int? FirstTaken(IEnumerable<int> ports)
    {
        foreach (var port in ports)
        {
            var probe = new TcpListener(IPAddress.Loopback, port);
            try
            {
                probe.Start();
            }
            catch (SocketException)
            {
                return port;
            }
            finally
            {
                probe.Stop();
            }
        }

        return null;
    }

    public static string DemoMessage(int? port, string? site, int basePort)
    {
        var which = port is { } taken
            ? string.Create(CultureInfo.InvariantCulture, $"port {taken} (demo site {site}) is already in use")
            : string.Create(CultureInfo.InvariantCulture, $"one of the demo ports {basePort}–{basePort + Demo.DemoSources.SiteCount - 1} is already in use");
        var other = basePort + 1000 <= 65535 - Demo.DemoSources.SiteCount ? basePort + 1000 : 20091;
        return string.Create(CultureInfo.InvariantCulture,
            $"serve: {which}. Move the demo sites with the setting Demo:BasePort (six ports from there), e.g. {Demo.DemoOptions.BasePortVariable}={other}, or stop the program that uses it.");
    }

    public static string UrlMessage(string urls, int? port)
    {
        var which = port is { } taken
            ? string.Create(CultureInfo.InvariantCulture, $"port {taken} is already in use")
            : "the address is already in use";
        var example = port is { } p && p < 65535 ? string.Create(CultureInfo.InvariantCulture, $", e.g. --urls http://127.0.0.1:{p + 1}") : "";
        return $"serve: cannot listen on {urls}: {which} (is serve already running?). Choose another address with --urls{example}.";
    }

    /// <summary>The ports named in a <c>--urls</c> value ("http://127.0.0.1:5080;http://[::1]:5081").</summary>
    public static IEnumerable<int> PortsOf(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => Uri.TryCreate(url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : -1)
            .Where(port => port > 0);
}
