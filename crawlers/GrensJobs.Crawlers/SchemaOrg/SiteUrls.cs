using System.Net;
using System.Text.RegularExpressions;
using GrensJobs.Core.Web;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>URL rules of site crawling: canonical form, same site, crawlable, job-looking, pagination, calendars.</summary>
internal static partial class SiteUrls
{
    public const int MaxLength = 512;

    private static readonly HashSet<string> SkippedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "zip", "rar", "gz", "tgz", "7z",
        "tar", "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "heic", "mp3", "mp4",
        "avi", "mov", "wmv", "webm", "ogg", "wav", "m4a", "css", "js", "json", "xml", "rss", "atom", "ics", "vcf",
        "woff", "woff2", "ttf", "eot", "otf", "exe", "dmg", "apk", "msi", "iso", "txt", "csv", "eps", "ai", "psd",
    };

    private static readonly HashSet<string> SessionParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "jsessionid", "phpsessid", "sid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken", "replytocom",
    };

    private static readonly string[] SecondLevelLabels = ["co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"];

    /// <summary>The canonical form used for the visited set, or null when the URL is not crawlable http(s).</summary>
    public static string? Canonical(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var text = url.AbsoluteUri;
        var semicolon = text.IndexOf(";jsessionid=", StringComparison.OrdinalIgnoreCase);
        if (semicolon >= 0)
        {
            var end = text.IndexOfAny(['?', '#'], semicolon);
            text = end < 0 ? text[..semicolon] : text[..semicolon] + text[end..];
        }

        var canonical = UrlCanonicaliser.Canonicalise(text);
        if (canonical is null || !canonical.Contains('?', StringComparison.Ordinal))
        {
            return canonical;
        }

        var question = canonical.IndexOf('?', StringComparison.Ordinal);
        var kept = canonical[(question + 1)..].Split('&')
            .Where(pair => !SessionParameters.Contains(pair.Split('=', 2)[0]));
        var query = string.Join('&', kept);
        return query.Length == 0 ? canonical[..question] : canonical[..(question + 1)] + query;
    }

    /// <summary>True when both URLs are on the same registrable host (www.example.de and karriere.example.de).</summary>
    public static bool SameSite(Uri url, Uri site)
    {
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            || site.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            || !url.Host.Contains('.', StringComparison.Ordinal))
        {
            return url.Host.Equals(site.Host, StringComparison.OrdinalIgnoreCase) && url.Port == site.Port;
        }

        return RegistrableDomain(url.IdnHost).Equals(RegistrableDomain(site.IdnHost), StringComparison.OrdinalIgnoreCase);
    }

    internal static string RegistrableDomain(string host)
    {
        var labels = host.TrimEnd('.').Split('.');
        if (labels.Length <= 2)
        {
            return host;
        }

        var keep = labels[^1].Length == 2 && SecondLevelLabels.Contains(labels[^2], StringComparer.OrdinalIgnoreCase) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    /// <summary>False for non-HTML files (pdf, images, archives…), overlong URLs and trap-like paths.</summary>
    public static bool IsCrawlable(Uri url)
    {
        if (url.AbsoluteUri.Length > MaxLength)
        {
            return false;
        }

        var path = url.AbsolutePath;
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        var dot = lastSegment.LastIndexOf('.');
        if (dot >= 0 && SkippedExtensions.Contains(lastSegment[(dot + 1)..]))
        {
            return false;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length <= 12 && !segments.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 2);
    }

    public static bool IsJobLooking(Uri url) => JobWords().IsMatch(WebUtility.UrlDecode(url.PathAndQuery));

    public static bool IsPagination(Uri url) => Pagination().IsMatch(url.PathAndQuery);

    public static bool IsCalendarLike(Uri url) => Calendar().IsMatch(WebUtility.UrlDecode(url.PathAndQuery));

    /// <summary>Digits replaced, query values dropped: /kalender/2026/11?view=m → /kalender/#/#?view.</summary>
    public static string Pattern(Uri url)
    {
        var path = Digits().Replace(url.AbsolutePath, "#");
        if (url.Query.Length <= 1)
        {
            return path;
        }

        var names = url.Query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)[0].ToLowerInvariant())
            .Order(StringComparer.Ordinal);
        return path + "?" + string.Join('&', names);
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is a strict ancestor of <paramref name="page"/> on the same host (the
    /// site root, or a listing above a detail page): a canonical link or posting url like that is a site mistake.
    /// </summary>
    public static bool IsAncestorOf(string candidate, Uri page)
    {
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var url)
            || !url.Host.Equals(page.Host, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var ancestor = url.AbsolutePath.TrimEnd('/');
        var path = page.AbsolutePath.TrimEnd('/');
        return path.Length > ancestor.Length && path.StartsWith(ancestor + "/", StringComparison.Ordinal);
    }

    /// <summary>
    /// A key under which variants of one page compare equal (http/https, www or not, a trailing slash); other
    /// values (a posting identifier) are returned as they are.
    /// </summary>
    public static string LooseKey(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return value;
        }

        var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        return string.Concat(host.ToLowerInvariant(), url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            url.AbsolutePath.TrimEnd('/'), url.Query);
    }

    /// <summary>The first path segment: /de/karriere/… → /de.</summary>
    public static string Prefix(Uri url)
    {
        var path = url.AbsolutePath;
        var slash = path.IndexOf('/', 1);
        return slash < 0 ? path : path[..slash];
    }

    [GeneratedRegex(@"vacatur|vacanc|(^|[^a-z])jobs?([^a-z]|$)|job-?detail|jobangebot|stellen|karriere|career|carri[eè]re|emploi|offres?([^a-z]|$)|werken-?bij|werkenbij|solliciteren|openings|positions?([^a-z]|$)|recrut|recruit|bewerb|postes?([^a-z]|$)|vakature|arbeiten-bei", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobWords();

    [GeneratedRegex(@"[?&](page|p|pg|pagina|seite|paged|offset|start|from|pageNumber|currentPage)=\d+|/(page|seite|pagina)/\d+/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pagination();

    [GeneratedRegex(@"(^|/)(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|[?&](date|datum|month|monat|maand|year|jahr|jaar|day|tag|week|cal|calendar|kalender)=|/(calendar|kalender|agenda|termine|events?|evenementen|veranstaltungen)/.*\d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Calendar();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
