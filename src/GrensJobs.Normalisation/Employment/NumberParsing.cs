using System.Globalization;

namespace GrensJobs.Normalisation.Employment;

/// <summary>
/// Culture-invariant reading of amounts written the Dutch/German/French way ("2.900,50", "2 500") or the English
/// way ("2,900.50"). A separator followed by exactly three digits is a thousands separator unless it is the last
/// of two different separators; one or two trailing digits after the last separator are decimals.
/// </summary>
internal static class NumberParsing
{
    public static decimal? Parse(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        var lastSeparator = -1;
        var separators = 0;
        var mixed = false;
        var firstSeparatorChar = '\0';
        foreach (var c in text)
        {
            if (length == digits.Length)
            {
                return null;
            }

            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
            }
            else if (c is '.' or ',')
            {
                if (separators > 0 && c != firstSeparatorChar)
                {
                    mixed = true;
                }

                firstSeparatorChar = separators == 0 ? c : firstSeparatorChar;
                separators++;
                lastSeparator = length;
                digits[length++] = c;
            }
            else if (c is not (' ' or '\u00A0' or '\u202F' or '\'' or '’'))
            {
                return null;
            }
        }

        if (length == 0)
        {
            return null;
        }

        var decimalsAfterLast = lastSeparator < 0 ? 0 : length - lastSeparator - 1;
        var lastIsDecimal = lastSeparator >= 0
            && (mixed || (separators == 1 && decimalsAfterLast != 3)) && decimalsAfterLast is 1 or 2;

        Span<char> normalised = stackalloc char[length];
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            var c = digits[i];
            if (char.IsAsciiDigit(c))
            {
                normalised[n++] = c;
            }
            else if (i == lastSeparator && lastIsDecimal)
            {
                normalised[n++] = '.';
            }
        }

        return decimal.TryParse(normalised[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
