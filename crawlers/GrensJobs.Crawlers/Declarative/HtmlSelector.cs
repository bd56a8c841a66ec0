using System.Diagnostics.CodeAnalysis;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// A CSS selector with an optional attribute after the last <c>@</c> outside brackets: <c>a.title@href</c>,
/// <c>time@datetime</c>. Without an attribute the element's text (or inner HTML for a description) is the value.
/// </summary>
public sealed record HtmlSelector(string Css, string? Attribute)
{
    /// <summary>Splits and checks <paramref name="text"/>; false with a reason when the CSS part does not parse.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out HtmlSelector? selector, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        selector = null;
        var css = text.Trim();
        string? attribute = null;
        var at = AttributeSeparator(css);
        if (at >= 0)
        {
            attribute = css[(at + 1)..].Trim();
            css = css[..at].Trim();
            if (attribute.Length == 0 || !attribute.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.'))
            {
                error = $"\"{text}\" names no valid attribute after @";
                return false;
            }
        }

        if (css.Length == 0 || !IsValidCss(css))
        {
            error = $"\"{text}\" is not a valid CSS selector";
            return false;
        }

        selector = new HtmlSelector(css, attribute);
        error = null;
        return true;
    }

    /// <summary>Parses a selector known to be valid (checked by the loader or the adapter's validation).</summary>
    public static HtmlSelector Parse(string text) =>
        TryParse(text, out var selector, out var error) ? selector : throw new FormatException(error);

    /// <summary>The first element matching under <paramref name="scope"/> (the scope itself when it matches).</summary>
    public IElement? FindIn(IParentNode scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope is IElement element && element.Matches(Css))
        {
            return element;
        }

        return scope.QuerySelector(Css);
    }

    private static bool IsValidCss(string css)
    {
        try
        {
            return new CssSelectorParser().ParseSelector(css) is not null;
        }
        catch (DomException)
        {
            return false;
        }
    }

    private static int AttributeSeparator(string text)
    {
        var depth = 0;
        char? quote = null;
        var found = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[' || c == '(')
            {
                depth++;
            }
            else if (c == ']' || c == ')')
            {
                depth--;
            }
            else if (c == '@' && depth == 0)
            {
                found = i;
            }
        }

        return found;
    }
}
