using System.Net;
using System.Text.RegularExpressions;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Short fields (title, employer, place) as plain text: HTML entities decoded once, then script/style elements
/// with their content and every other tag removed, so nothing executable survives; whitespace collapsed.
/// </summary>
internal static partial class PlainText
{
    public static string? Clean(string? value, bool decodeEntities = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = decodeEntities && value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = ScriptOrStyle().Replace(text, " ");
            text = Tag().Replace(text, " ");
        }

        text = Whitespace().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// A description as HTML. A JSON-LD string that holds only escaped HTML (<c>&amp;lt;p&amp;gt;</c>, no live tag)
    /// is decoded once; escaped text inside real HTML stays escaped (it is text, not markup).
    /// </summary>
    public static string? Description(string? value, bool mayDecode)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (mayDecode && !LiveTag().IsMatch(text) && EscapedTag().IsMatch(text))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return text;
    }

    [GeneratedRegex(@"<(script|style|iframe|object|template)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<(/?[A-Za-z][^>]*|!--.*?--|![^>]*)(>|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<(/?[A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex LiveTag();

    [GeneratedRegex(@"&lt;/?[A-Za-z][A-Za-z0-9]*(\s|&gt;|/)", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedTag();
}
