using System.Net;
using System.Net.Sockets;

namespace GrensJobs.Ingestion.Http;

/// <summary>Which addresses the SSRF guard refuses unless a run allows private addresses.</summary>
internal static class AddressRanges
{
    /// <summary>Why <paramref name="address"/> is not public, or null when it is.</summary>
    public static string? NonPublicReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "loopback";
        }

        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return "unspecified";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b switch
            {
                [10, ..] => "private (10.0.0.0/8)",
                [172, >= 16 and <= 31, ..] => "private (172.16.0.0/12)",
                [192, 168, ..] => "private (192.168.0.0/16)",
                [100, >= 64 and <= 127, ..] => "shared (100.64.0.0/10)",
                [169, 254, 169, 254] => "cloud metadata (169.254.169.254)",
                [169, 254, ..] => "link-local (169.254.0.0/16)",
                [0, ..] => "unspecified (0.0.0.0/8)",
                [>= 224 and <= 239, ..] => "multicast",
                [255, 255, 255, 255] => "broadcast",
                _ => null,
            };
        }

        if (address.IsIPv6Multicast)
        {
            return "multicast";
        }

        if (address.IsIPv6LinkLocal)
        {
            return "link-local (fe80::/10)";
        }

        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);
        return (v6[0] & 0xFE) == 0xFC ? "private (fc00::/7)" : address.IsIPv6SiteLocal ? "site-local (fec0::/10)" : null;
    }
}
