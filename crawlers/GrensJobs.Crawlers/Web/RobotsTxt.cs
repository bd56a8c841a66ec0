using System.Globalization;
using System.Text;

namespace GrensJobs.Crawlers.Web;

/// <summary>
/// A parsed robots.txt (RFC 9309) as it applies to our product token <see cref="ProductToken"/>: the rules of the
/// group(s) naming us, else those of <c>*</c>; the longest matching Allow/Disallow pattern wins, Allow on a tie.
/// Only the first <see cref="MaxBytes"/> bytes are read; lines that are not rules are ignored.
/// </summary>
public sealed class RobotsTxt
{
    public const string ProductToken = "GrensJobs";

    /// <summary>RFC 9309 §2.5: crawlers must parse at least 500 KiB; we read exactly that much.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly IReadOnlyList<RobotsRule> rules;

    private RobotsTxt(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<Uri> sitemaps, string? unavailableReason = null)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        UnavailableReason = unavailableReason;
    }

    /// <summary>No robots.txt (404 and other 4xx): everything is allowed.</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, []);

    /// <summary>robots.txt unreachable (5xx): nothing is allowed until it can be read.</summary>
    public static RobotsTxt DisallowAll { get; } = new([new RobotsRule("/", allow: false)], null, []);

    /// <summary>Why robots.txt could not be read (it then disallows everything), or null when it was read or missing.</summary>
    public string? UnavailableReason { get; }

    /// <summary>robots.txt could not be read (5xx, 429): nothing is allowed, and the reason is kept.</summary>
    public static RobotsTxt Unavailable(string reason) => new([new RobotsRule("/", allow: false)], null, [], reason);

    /// <summary>The Crawl-delay of the group that applies to us, if it has one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Absolute sitemap URLs of every <c>Sitemap:</c> line, whatever group it stands in.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; }

    /// <summary>Number of Allow/Disallow rules that apply to us.</summary>
    public int RuleCount => rules.Count;

    public static RobotsTxt Parse(ReadOnlySpan<byte> utf8)
    {
        var head = utf8[..Math.Min(utf8.Length, MaxBytes)];
        if (head.StartsWith("\xEF\xBB\xBF"u8))
        {
            head = head[3..];
        }

        return ParseLines(Encoding.UTF8.GetString(head));
    }

    public static RobotsTxt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxBytes / 4 && Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Parse(Encoding.UTF8.GetBytes(text));
        }

        return ParseLines(text.TrimStart('\uFEFF'));
    }

    /// <summary>Whether we may fetch <paramref name="url"/> (its path and query).</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.IsAbsoluteUri ? url.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped) : url.OriginalString;
        return IsAllowed(path);
    }

    /// <summary>Whether we may fetch a path (with query), e.g. <c>/jobs?page=2</c>.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var path = RobotsPath.Normalise(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
        if (path.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }

            if (best is null || rule.Length > best.Length || (rule.Length == best.Length && rule.Allow && !best.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private static RobotsTxt ParseLines(string text)
    {
        var ours = new List<RobotsRule>();
        var anyone = new List<RobotsRule>();
        TimeSpan? ourDelay = null;
        TimeSpan? anyDelay = null;
        var sitemaps = new List<Uri>();
        var groupIsOurs = false;
        var groupIsAnyone = false;
        var inAgentLines = false;
        var weHaveAGroup = false;

        foreach (var rawLine in text.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    if (!inAgentLines)
                    {
                        groupIsOurs = false;
                        groupIsAnyone = false;
                        inAgentLines = true;
                    }

                    if (NamesUs(value))
                    {
                        groupIsOurs = true;
                        weHaveAGroup = true;
                    }
                    else if (value.Equals("*", StringComparison.Ordinal))
                    {
                        groupIsAnyone = true;
                    }

                    break;
                case "allow" or "disallow":
                    inAgentLines = false;
                    if (value.Length > 0)
                    {
                        var rule = new RobotsRule(RobotsPath.Normalise(value), key.Equals("allow", StringComparison.Ordinal));
                        AddTo(rule, groupIsOurs ? ours : null, groupIsAnyone ? anyone : null);
                    }

                    break;
                case "crawl-delay":
                    inAgentLines = false;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && seconds <= 86_400)
                    {
                        var delay = TimeSpan.FromSeconds(seconds);
                        ourDelay = groupIsOurs ? delay : ourDelay;
                        anyDelay = groupIsAnyone ? delay : anyDelay;
                    }

                    break;
                case "sitemap":
                    if (Uri.TryCreate(value, UriKind.Absolute, out var sitemap)
                        && (sitemap.Scheme == Uri.UriSchemeHttp || sitemap.Scheme == Uri.UriSchemeHttps)
                        && !sitemaps.Contains(sitemap))
                    {
                        sitemaps.Add(sitemap);
                    }

                    break;
                default:
                    break;
            }
        }

        return weHaveAGroup ? new RobotsTxt(ours, ourDelay, sitemaps) : new RobotsTxt(anyone, anyDelay, sitemaps);
    }

    private static void AddTo(RobotsRule rule, List<RobotsRule>? first, List<RobotsRule>? second)
    {
        first?.Add(rule);
        second?.Add(rule);
    }

    /// <summary>A user-agent line names us when its product token is ours, case-insensitively (<c>GrensJobs/1.0</c> too).</summary>
    private static bool NamesUs(string value)
    {
        var end = value.AsSpan().IndexOfAny('/', ' ', '\t');
        var token = end < 0 ? value.AsSpan() : value.AsSpan(0, end);
        return token.Equals(ProductToken, StringComparison.OrdinalIgnoreCase);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }
}
