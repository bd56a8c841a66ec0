using AngleSharp.Dom;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// The links a page lets a crawler follow: none under <c>&lt;meta name=robots content=nofollow&gt;</c>; otherwise
/// every <c>a</c>/<c>area</c> href and <c>link rel=next</c>, except <c>rel=nofollow</c>, fragments-only, mailto:,
/// tel:, javascript: and data: links, resolved against the page (or its <c>&lt;base href&gt;</c>).
/// </summary>
internal static class LinkCollector
{
    public static bool ForbidsFollowing(IDocument document) => RobotsMeta(document).Contains("nofollow", StringComparison.Ordinal)
        || RobotsMeta(document).Contains("none", StringComparison.Ordinal);

    public static string RobotsMeta(IDocument document)
    {
        var values = new List<string>();
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            var name = meta.GetAttribute("name")!.Trim();
            if (name.Equals("robots", StringComparison.OrdinalIgnoreCase) || name.Equals("grensjobs", StringComparison.OrdinalIgnoreCase))
            {
                values.Add(meta.GetAttribute("content")!.ToLowerInvariant());
            }
        }

        return string.Join(',', values);
    }

    public static List<(Uri Url, bool IsNext)> Collect(IDocument document, Uri pageUrl)
    {
        var links = new List<(Uri, bool)>();
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(pageUrl, baseHref.Trim(), out var declared))
        {
            baseUrl = declared;
        }

        foreach (var element in document.QuerySelectorAll("a[href], area[href], link[rel][href]"))
        {
            var rel = element.GetAttribute("rel") ?? string.Empty;
            var isNext = rel.Contains("next", StringComparison.OrdinalIgnoreCase);
            if (rel.Contains("nofollow", StringComparison.OrdinalIgnoreCase)
                || (element.LocalName == "link" && !isNext))
            {
                continue;
            }

            var href = element.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href[0] == '#'
                || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Uri.TryCreate(baseUrl, href, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                links.Add((url, isNext));
            }
        }

        return links;
    }
}
