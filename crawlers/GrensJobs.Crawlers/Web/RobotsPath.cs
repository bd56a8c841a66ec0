using System.Globalization;
using System.Text;

namespace GrensJobs.Crawlers.Web;

/// <summary>
/// Brings robots.txt patterns and request paths to one form before comparison (RFC 9309 §2.2.2): characters outside
/// US-ASCII are percent-encoded as UTF-8, escapes get upper-case hex, and escapes of unreserved characters
/// (<c>A–Z a–z 0–9 - . _ ~</c>) are decoded, so <c>/k%C3%BCche</c>, <c>/k%c3%bcche</c> and <c>/küche</c> are equal.
/// </summary>
internal static class RobotsPath
{
    public static string Normalise(string path)
    {
        var builder = new StringBuilder(path.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && IsHex(path[i + 1]) && IsHex(path[i + 2]))
            {
                var value = (char)int.Parse(path.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (IsUnreserved(value))
                {
                    builder.Append(value);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7E || c < 0x21)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length
                    ? Encoding.UTF8.GetBytes(path.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(path.AsSpan(i, 1), utf8);
                foreach (var b in utf8[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
