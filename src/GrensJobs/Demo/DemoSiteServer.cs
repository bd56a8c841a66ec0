using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Demo;

/// <summary>
/// The product's own small static file server for the bundled demo sources: each site folder is served on its own
/// loopback port, so robots.txt, sitemaps and politeness work per site as on the web. A request path maps to a file
/// under the site's folder (query strings are ignored, <c>/</c> serves <c>index.html</c>, files named <c>_…</c> are
/// configuration and never served); the content type comes from the first matching line of the site's <c>_types</c>
/// file (<c>pattern content-type</c>, <c>*</c> matching anything), else from the extension
/// (see seeds/demo/sites/README.md). On ports other than the seeds' own, the seed URLs in the files are rewritten.
/// </summary>
internal sealed class DemoSiteServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".gz"] = "application/gzip",
    };

    private readonly WebApplication app;

    private DemoSiteServer(WebApplication app) => this.app = app;

    public static async Task<DemoSiteServer> StartAsync(IReadOnlyList<DemoSite> sites, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            foreach (var site in sites)
            {
                kestrel.Listen(IPAddress.Loopback, site.Port);
            }
        });
        var app = builder.Build();
        var byPort = sites.ToDictionary(site => site.Port, site => (site, ContentTypeRules.Load(site.Directory)));
        var rewriter = new DemoPortRewriter(sites);
        app.Run(context => ServeAsync(context, byPort, rewriter));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new DemoSiteServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task ServeAsync(
        HttpContext context, Dictionary<int, (DemoSite Site, ContentTypeRules Types)> byPort, DemoPortRewriter rewriter)
    {
        if (!byPort.TryGetValue(context.Connection.LocalPort, out var site)
            || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || Resolve(site.Site.Directory, context.Request.Path) is not { } file)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var relative = Path.GetRelativePath(site.Site.Directory, file).Replace('\\', '/');
        context.Response.ContentType = site.Types.Find(relative) ?? ContentTypeOf(file);
        if (rewriter.IsNeeded)
        {
            var body = await rewriter.ReadAsync(file, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The file a path names inside the site folder, or null (missing, or outside the folder).</summary>
    internal static string? Resolve(string siteDirectory, PathString path)
    {
        var relative = Uri.UnescapeDataString(path.Value ?? "/").TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var root = Path.GetFullPath(siteDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) && !Path.GetFileName(full).StartsWith('_') ? full : null;
    }

    internal static string ContentTypeOf(string file)
    {
        if (ByExtension.TryGetValue(Path.GetExtension(file), out var known))
        {
            return known;
        }

        Span<byte> head = stackalloc byte[64];
        using var stream = File.OpenRead(file);
        var read = stream.Read(head);
        var text = System.Text.Encoding.ASCII.GetString(head[..read]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return text.StartsWith('{') || text.StartsWith('[') ? "application/json; charset=utf-8"
            : text.StartsWith("<?xml", StringComparison.Ordinal) ? "application/xml"
            : "application/octet-stream";
    }
}
