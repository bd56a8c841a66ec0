using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace GrensJobs.Crawlers.Web;

/// <summary>
/// Decodes a body: byte order mark first, then the charset of the Content-Type header, then an HTML
/// <c>&lt;meta charset&gt;</c> or XML declaration in the first 2 KB; UTF-8 when nothing says otherwise.
/// ISO-8859-1 is read as Windows-1252 (as browsers do), so curly quotes and € survive. A body that is declared (or
/// defaulted) UTF-8 but is not valid UTF-8 is read as Windows-1252: the usual "wrong charset" fault of Latin-1 pages
/// served with <c>charset=utf-8</c>, whose umlauts would otherwise become U+FFFD.
/// </summary>
public static partial class PageDecoder
{
    private const int SniffBytes = 2048;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? declaredCharset)
    {
        var encoding = DetectEncoding(body, declaredCharset);
        var preamble = encoding.Preamble;
        if (preamble.Length > 0 && body.StartsWith(preamble))
        {
            body = body[preamble.Length..];
        }

        return encoding.GetString(body);
    }

    public static Encoding DetectEncoding(ReadOnlySpan<byte> body, string? declaredCharset)
    {
        if (body.StartsWith("\xEF\xBB\xBF"u8))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        var encoding = FromName(declaredCharset) ?? FromDocument(body) ?? Encoding.UTF8;
        return encoding.CodePage == Encoding.UTF8.CodePage && !Utf8.IsValid(body) ? Windows1252 : encoding;
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static Encoding? FromDocument(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        var match = DeclaredInDocument().Match(head);
        return match.Success ? FromName(match.Groups["charset"].Value) : null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim().Trim('"', '\'');
        if (trimmed.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])(?<charset>[A-Za-z0-9_\-:.]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredInDocument();
}
