namespace GrensJobs.Core.Web;

/// <summary>
/// The canonical form of a vacancy URL: tracking parameters (<c>utm_*</c>, <c>gclid</c>, <c>fbclid</c>, …) and the
/// fragment removed, scheme and host lower-cased, default ports dropped. Other parameters keep their order.
/// </summary>
public static class UrlCanonicaliser
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "gclsrc", "dclid", "fbclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "trk", "trackingid",
    };

    /// <summary>Returns the canonical URL, or null when <paramref name="url"/> is not an absolute http(s) URL.</summary>
    public static string? Canonicalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var query = FilterQuery(uri.Query);
        var builder = new UriBuilder(uri)
        {
            Fragment = string.Empty,
            Query = query,
            Port = uri.IsDefaultPort ? -1 : uri.Port,
        };
        var canonical = builder.Uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped);
        return canonical;
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]));
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
