using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>
/// One in-process Kestrel listening on a distinct loopback address per site (127.0.0.2, 127.0.0.3, …; port chosen
/// by the system): each address serves its <see cref="SyntheticEmployerSite"/> and records when every request
/// arrived, which is what the politeness figures are computed from.
/// </summary>
internal sealed class EmployerSiteServers : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmployerSiteServers(WebApplication app, IReadOnlyList<Uri> origins, RequestLog log)
    {
        this.app = app;
        Origins = origins;
        Log = log;
    }

    /// <summary>The start origin of each site, <c>http://127.0.0.x:port</c>, by site index.</summary>
    public IReadOnlyList<Uri> Origins { get; }

    public RequestLog Log { get; }

    public static async Task<EmployerSiteServers> StartAsync(IReadOnlyList<SyntheticEmployerSite> sites, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            for (var i = 0; i < sites.Count; i++)
            {
                kestrel.Listen(AddressOf(i), 0);
            }
        });
        var app = builder.Build();
        var log = new RequestLog(sites.Count);
        app.Run(context => ServeAsync(context, sites, log));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        var origins = new Uri[sites.Count];
        foreach (var address in addresses)
        {
            origins[IndexOf(IPAddress.Parse(address.Host))] = address;
        }

        return new EmployerSiteServers(app, origins, log);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static IPAddress AddressOf(int index) => new([127, 0, (byte)((index + 2) / 256), (byte)((index + 2) % 256)]);

    private static int IndexOf(IPAddress address)
    {
        var bytes = address.MapToIPv4().GetAddressBytes();
        return bytes[2] * 256 + bytes[3] - 2;
    }

    private static async Task ServeAsync(HttpContext context, IReadOnlyList<SyntheticEmployerSite> sites, RequestLog log)
    {
        var arrived = Stopwatch.GetTimestamp();
        var index = IndexOf(context.Connection.LocalIpAddress!);
        log.Record(index, arrived);
        var request = context.Request;
        var origin = string.Concat(request.Scheme, "://", request.Host.Value);
        string? body;
        string type;
        if (request.Path.Value == "/robots.txt")
        {
            body = SyntheticEmployerSite.RobotsTxt;
            type = "text/plain; charset=utf-8";
        }
        else
        {
            body = sites[index].Page(request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty, origin);
            type = "text/html; charset=utf-8";
        }

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        log.AddBytes(bytes.Length);
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }
}
