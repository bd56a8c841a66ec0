using System.Globalization;
using System.Text;

namespace GrensJobs.Core.Text;

/// <summary>
/// Lower-casing and diacritic folding shared by every text matcher: "Schweißer" → "schweisser",
/// "Liège" → "liege", "Ærø" → "aero". Letters and digits are kept; everything else becomes a single space.
/// Latin letters fold through a table (this runs for every label at start-up and every snippet line of a search);
/// other scripts through Unicode decomposition.
/// </summary>
public static class TextFolding
{
    private const int TableSize = 0x250;
    private static readonly string?[] Table = BuildTable();

    /// <summary>Folds to lower-case ASCII letters and digits separated by single spaces, trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new ValueStringBuilder(text.Length <= 256 ? stackalloc char[(text.Length * 2) + 2] : new char[(text.Length * 2) + 2]);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = c < TableSize ? Table[c] : Other(c);
            if (folded is null)
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            if (folded.Length == 1)
            {
                builder.Append(folded[0]);
            }
            else
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static string? Other(char c) => char.IsLetterOrDigit(c) ? Decomposed(c) : null;

    private static string Decomposed(char c)
    {
        switch (c)
        {
            case 'ß': return "ss";
            case 'æ' or 'Æ': return "ae";
            case 'œ' or 'Œ': return "oe";
            case 'ø' or 'Ø': return "o";
            case 'ł' or 'Ł': return "l";
            case 'đ' or 'Đ': return "d";
            case 'ĳ' or 'Ĳ': return "ij";
        }

        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(d);
            }
        }

        return kept.ToString();
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            if (char.IsLetterOrDigit((char)c))
            {
                table[c] = c < 128 ? char.ToLowerInvariant((char)c).ToString() : Decomposed((char)c);
            }
        }

        return table;
    }

    /// <summary>Appends to a caller's buffer (on the stack for short text), growing onto the heap only when needed.</summary>
    private ref struct ValueStringBuilder(Span<char> buffer)
    {
        private Span<char> _buffer = buffer;

        public int Length { get; private set; }

        public void Append(char c)
        {
            Ensure(1);
            _buffer[Length++] = c;
        }

        public void Append(string s)
        {
            Ensure(s.Length);
            s.AsSpan().CopyTo(_buffer[Length..]);
            Length += s.Length;
        }

        public override readonly string ToString() => new(_buffer[..Length]);

        private void Ensure(int more)
        {
            if (Length + more > _buffer.Length)
            {
                var larger = new char[Math.Max(_buffer.Length * 2, Length + more)];
                _buffer[..Length].CopyTo(larger);
                _buffer = larger;
            }
        }
    }
}
