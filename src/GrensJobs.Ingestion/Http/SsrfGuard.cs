using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// The primary handler's ConnectCallback: resolves the host itself (so the address checked is the address
/// connected to — no DNS rebinding) and refuses non-public addresses unless the request's run allows them.
/// </summary>
internal sealed class SsrfGuard(IHostResolver resolver, ILogger<SsrfGuard> logger)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowPrivate = CrawlRunSettings.Of(context.InitialRequestMessage).AllowPrivateAddresses;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var usable = new List<IPAddress>(addresses.Length);
        (IPAddress Address, string Reason)? refused = null;
        foreach (var address in addresses)
        {
            var reason = AddressRanges.NonPublicReason(address);
            if (reason is null || allowPrivate)
            {
                usable.Add(address);
            }
            else
            {
                refused ??= (address, reason);
            }
        }

        if (usable.Count == 0 && refused is var (refusedAddress, refusedReason))
        {
            Log.SsrfRefused(logger, host, refusedAddress, refusedReason);
            throw new SsrfRefusedException(host, refusedAddress, refusedReason);
        }

        return await ConnectToAnyAsync(usable, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Stream> ConnectToAnyAsync(List<IPAddress> addresses, int port, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
