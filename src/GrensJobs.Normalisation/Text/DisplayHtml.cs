using Ganss.Xss;

namespace GrensJobs.Normalisation.Text;

/// <summary>
/// Sanitises vacancy HTML kept for display: an allow-list of text markup (paragraphs, lists, emphasis, sub-headings
/// and http/https/mailto links); scripts, styles, event handlers, iframes and javascript: URLs are removed.
/// One configured sanitizer is shared: it is not modified after construction, so concurrent use is safe.
/// </summary>
internal sealed class DisplayHtml
{
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea",
        "select", "button", "title", "head", "frame", "frameset", "noembed", "noframes", "xmp",
    };

    private static readonly HtmlSanitizer Sanitizer = Create();

    public string Sanitise(string html) =>
        string.IsNullOrWhiteSpace(html) ? string.Empty : Sanitizer.Sanitize(html).Trim();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h2", "h3", "h4", "a",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        })
        {
            // Text inside a disallowed wrapper (div, span, font, h1 …) stays; the wrapper goes.
            KeepChildNodes = true,
        };

        // …except for elements whose content is code or widgets, not text.
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.Remove();
                e.Cancel = true;
            }
        };

        return sanitizer;
    }
}
