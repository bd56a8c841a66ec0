using System.Net;
using System.Text;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Repairs the common malformations of JSON-LD blocks where the meaning is clear: a byte order mark, CDATA and
/// HTML comment wrappers, HTML-escaped JSON (<c>&amp;quot;</c>), comments, trailing commas, raw control characters
/// and invalid escapes in strings, stray quotes inside strings, and several top-level values concatenated (which
/// become one array). Valid JSON passes through unchanged in meaning.
/// </summary>
internal static class JsonLdRepair
{
    private static readonly string[] Wrappers =
        ["//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[", "<!--", "//]]>", "/*]]>*/", "]]>", "//-->", "-->"];

    /// <summary>The repaired text; <paramref name="entityDecoded"/> tells whether the block was HTML-escaped.</summary>
    public static string Repair(string raw, out bool entityDecoded)
    {
        var text = StripWrappers(raw);
        entityDecoded = false;
        if (IsEntityEscaped(text))
        {
            text = WebUtility.HtmlDecode(text);
            entityDecoded = true;
        }

        return Sanitise(text);
    }

    private static string StripWrappers(string raw)
    {
        var text = raw.AsSpan().Trim().TrimStart('\uFEFF').Trim();
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            foreach (var wrapper in Wrappers)
            {
                if (text.StartsWith(wrapper, StringComparison.Ordinal))
                {
                    text = text[wrapper.Length..].Trim();
                    changed = true;
                }

                if (text.EndsWith(wrapper, StringComparison.Ordinal))
                {
                    text = text[..^wrapper.Length].Trim();
                    changed = true;
                }
            }
        }

        return text.ToString();
    }

    private static bool IsEntityEscaped(string text)
    {
        var entity = text.IndexOf("&quot;", StringComparison.Ordinal);
        if (entity < 0)
        {
            return false;
        }

        var quote = text.IndexOf('"', StringComparison.Ordinal);
        return quote < 0 || entity < quote;
    }

    private static string Sanitise(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        var depth = 0;
        var topLevelValues = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                i = AppendStringChar(text, i, output, ref inString);
                continue;
            }

            switch (c)
            {
                case '"' when depth > 0:
                    inString = true;
                    output.Append(c);
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = SkipTo(text, i, "\n") - 1;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 1;
                    break;
                case '{' or '[':
                    if (depth == 0 && topLevelValues++ > 0)
                    {
                        output.Append(',');
                    }

                    depth++;
                    output.Append(c);
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        break;
                    }

                    TrimTrailingComma(output);
                    depth--;
                    output.Append(c);
                    break;
                default:
                    if (depth > 0)
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return topLevelValues > 1 ? "[" + output + "]" : output.ToString();
    }

    private static int AppendStringChar(string text, int i, StringBuilder output, ref bool inString)
    {
        var c = text[i];
        switch (c)
        {
            case '\\':
                if (i + 1 >= text.Length)
                {
                    return i;
                }

                var next = text[i + 1];
                if (next is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'
                    || (next == 'u' && i + 5 < text.Length && IsHex(text.AsSpan(i + 2, 4))))
                {
                    output.Append(c).Append(next);
                }
                else
                {
                    AppendStringChar(text, i + 1, output, ref inString);
                }

                return i + 1;
            case '"':
                var after = NextNonSpace(text, i + 1, out var sawNewline);
                if (after < 0 || text[after] is ',' or ':' or '}' or ']' || IsCommentStart(text, after))
                {
                    inString = false;
                    output.Append(c);
                }
                else if (text[after] == '"' && sawNewline)
                {
                    inString = false;
                    output.Append(c).Append(',');
                }
                else
                {
                    output.Append("\\\"");
                }

                return i;
            case '\n':
                output.Append("\\n");
                return i;
            case '\r':
                output.Append("\\r");
                return i;
            case '\t':
                output.Append("\\t");
                return i;
            case < ' ':
                output.Append(' ');
                return i;
            default:
                output.Append(c);
                return i;
        }
    }

    private static int NextNonSpace(string text, int from, out bool sawNewline)
    {
        sawNewline = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                sawNewline = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCommentStart(string text, int index) =>
        text[index] == '/' && index + 1 < text.Length && text[index + 1] is '/' or '*';

    private static bool IsHex(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipTo(string text, int from, string marker)
    {
        var index = text.IndexOf(marker, from, StringComparison.Ordinal);
        return index < 0 ? text.Length : index;
    }

    private static void TrimTrailingComma(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]))
        {
            end--;
        }

        if (end > 0 && output[end - 1] == ',')
        {
            output.Remove(end - 1, output.Length - end + 1);
        }
    }
}
