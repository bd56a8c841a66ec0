using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>Small HTML, XML, JSON and text helpers for the demo site writers.</summary>
internal static partial class Markup
{
    /// <summary>Escapes &lt; &gt; &amp; (and quotes inside attributes) but keeps accented letters as they are.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>JSON options that keep letters readable but escape &lt; &gt; &amp; so JSON inside &lt;script&gt; stays closed.</summary>
    public static readonly JsonWriterOptions ScriptSafeJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    /// <summary>JSON options for feeds: readable UTF-8.</summary>
    public static readonly JsonWriterOptions FeedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Json(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>dd-MM-yyyy, as Dutch and Flemish sites write dates.</summary>
    public static string DayMonthYear(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Schweißer (m/w/d) – Kleve" → "schweisser-m-w-d-kleve".</summary>
    public static string Slug(string text, int number)
    {
        var folded = text.Replace("ß", "ss", StringComparison.Ordinal).Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{slug}-{number}");
    }

    /// <summary>Plain text of a description, as public employment services publish it: headings and list items on their own lines.</summary>
    public static string PlainText(string html)
    {
        var text = ScriptOrStyle().Replace(html, string.Empty);
        text = ListItem().Replace(text, "\n- ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = BlankLines().Replace(text, "\n\n");
        return text.Trim();
    }

    /// <summary>Characters outside ISO-8859-1 (€, –, curly quotes) as numeric character references.</summary>
    public static string Latin1Safe(string html)
    {
        var builder = new StringBuilder(html.Length + 64);
        foreach (var c in html)
        {
            if (c > '\u00FF')
            {
                builder.Append(CultureInfo.InvariantCulture, $"&#{(int)c};");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<(script|style|iframe)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</(p|h\d|ul|ol|div)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t]*(\n[ \t]*)+")]
    private static partial Regex BlankLines();
}
