using System.Globalization;
using System.Text;

namespace GrensJobs.Core.Text;

/// <summary>
/// Lower-casing and diacritic folding shared by every text matcher: "Schweißer" → "schweisser",
/// "Liège" → "liege", "Ærø" → "aero". Letters and digits are kept; everything else becomes a single space.
/// </summary>
public static class TextFolding
{
    /// <summary>Folds to lower-case ASCII letters and digits separated by single spaces, trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                AppendFolded(builder, c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds one character (lower-case, diacritics removed) onto <paramref name="builder"/>.</summary>
    public static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(char.ToLowerInvariant(c));
            return;
        }

        switch (c)
        {
            case 'ß': builder.Append("ss"); return;
            case 'æ' or 'Æ': builder.Append("ae"); return;
            case 'œ' or 'Œ': builder.Append("oe"); return;
            case 'ø' or 'Ø': builder.Append('o'); return;
            case 'ł' or 'Ł': builder.Append('l'); return;
            case 'đ' or 'Đ': builder.Append('d'); return;
            case 'ĳ' or 'Ĳ': builder.Append("ij"); return;
        }

        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }
    }
}
