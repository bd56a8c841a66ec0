using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GrensJobs.Normalisation.Text;

/// <summary>
/// Turns a vacancy description (HTML, escaped HTML or plain text) into clean plain text: scripts, styles,
/// templates, comments and markup gone; entities decoded; block elements as line breaks; list items as lines
/// starting with "- "; whitespace collapsed; at most one blank line in a row. Never throws on broken markup.
/// </summary>
internal static partial class HtmlText
{
    /// <summary>HTML escaped more than this many times is left as it is after the last decode.</summary>
    private const int MaxDecodePasses = 3;

    // A parser is cheap to keep and holds per-parse state in its context: one per thread, never shared.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    private static HtmlParser Parser => t_parser ??= new HtmlParser(new HtmlParserOptions
    {
        IsScripting = false,
        IsNotSupportingFrames = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipProcessingInstructions = true,
        SkipCDATA = true,
        DisableElementPositionTracking = true,
        MaximumDepth = 256,
    });

    public static string ToPlainText(string? htmlOrText) => ToPlainText(htmlOrText, depth: 0);

    private static string ToPlainText(string? input, int depth)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        var text = input;

        // Escaped HTML ("&lt;p&gt;…", or "&amp;lt;p&amp;gt;…" from JSON-LD): decode until real tags appear.
        for (var pass = 0; pass < MaxDecodePasses && !LooksLikeHtml(text) && EscapedTag().IsMatch(text); pass++)
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (!LooksLikeHtml(text))
        {
            // Fast path: plain text needs no parser, only entity decoding and whitespace cleaning.
            if (text.Contains('&', StringComparison.Ordinal))
            {
                text = WebUtility.HtmlDecode(text);
            }

            var plain = new PlainTextBuilder(text.Length);
            plain.Append(text.AsSpan(), keepNewlines: true);
            return plain.ToString();
        }

        var result = Extract(text);

        // Markup escaped inside real markup ("<div>&lt;p&gt;Text&lt;/p&gt;</div>") surfaces as tags: parse once more.
        return depth < 1 && LooksLikeHtml(result) ? ToPlainText(result, depth + 1) : result;
    }

    private static string Extract(string html)
    {
        // Without a <body> the parser puts leading <template>/<noscript>/<title> into <head> and their text
        // into the body; starting in body mode keeps every element where the walker can judge it.
        var document = Parser.ParseDocument(
            html.Contains("<body", StringComparison.OrdinalIgnoreCase) ? html : string.Concat("<body>", html));
        var builder = new PlainTextBuilder(html.Length / 2);
        if (document.Body is { } body)
        {
            Walk(body, builder);
        }

        return builder.ToString();
    }

    private static void Walk(INode parent, PlainTextBuilder builder)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case IText text:
                    builder.Append(text.Data.AsSpan(), keepNewlines: false);
                    break;
                case IElement element:
                    WalkElement(element, builder);
                    break;
            }
        }
    }

    private static void WalkElement(IElement element, PlainTextBuilder builder)
    {
        switch (element.LocalName)
        {
            case "script" or "style" or "template" or "noscript" or "iframe" or "object" or "embed" or "svg"
                or "math" or "head" or "title" or "select" or "button" or "input" or "textarea" or "img":
                return;
            case "br":
                builder.LineBreak();
                return;
            case "li":
                builder.StartListItem();
                Walk(element, builder);
                builder.BlockBoundary();
                return;
            case "td" or "th":
                builder.Space();
                Walk(element, builder);
                builder.Space();
                return;
            case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "section" or "article"
                or "header" or "footer" or "ul" or "ol" or "dl" or "dt" or "dd" or "table" or "blockquote"
                or "pre" or "hr" or "main" or "aside" or "nav" or "address" or "figure" or "figcaption"
                or "details" or "summary" or "fieldset" or "form" or "center" or "caption":
                builder.BlockBoundary();
                Walk(element, builder);
                builder.BlockBoundary();
                return;
            default:
                Walk(element, builder);
                return;
        }
    }

    private static bool LooksLikeHtml(string text) =>
        text.Contains('<', StringComparison.Ordinal) && HtmlTag().IsMatch(text);

    private const string TagNames =
        "p|br|div|span|ul|ol|li|h[1-6]|strong|b|i|em|u|a|table|tbody|thead|tr|td|th|section|article|header|footer|"
        + "script|style|img|iframe|font|small|sup|sub|hr|blockquote|pre|code|noscript|template|html|body|head|meta|"
        + "link|svg|button|form|input|label|nav|main|aside|dl|dt|dd|center|object|embed|title|!--|!doctype";

    [GeneratedRegex("<(?:/?(?:" + TagNames + ")(?=[\\s/>])|!--)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex("&(?:amp;)*lt;\\s*/?(?:" + TagNames + ")(?:\\s|/|&(?:amp;)*gt;)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EscapedTag();
}
