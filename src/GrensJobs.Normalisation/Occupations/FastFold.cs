using System.Text;
using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// <see cref="TextFolding.Fold"/> with a per-character table for Latin letters, so folding a hundred thousand
/// labels at start-up does not normalise one character string at a time. Same output as TextFolding.Fold.
/// </summary>
internal static class FastFold
{
    private const int TableSize = 0x250;
    private static readonly string?[] Table = BuildTable();

    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[(text.Length * 2) + 2] : new char[(text.Length * 2) + 2];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c >= TableSize)
            {
                return TextFolding.Fold(text);
            }

            var folded = Table[c];
            if (folded is null)
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && length > 0)
            {
                buffer[length++] = ' ';
            }

            pendingSpace = false;
            foreach (var f in folded)
            {
                buffer[length++] = f;
            }
        }

        return new string(buffer[..length]);
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        var builder = new StringBuilder(4);
        for (var c = 0; c < TableSize; c++)
        {
            if (!char.IsLetterOrDigit((char)c))
            {
                continue;
            }

            builder.Clear();
            TextFolding.AppendFolded(builder, (char)c);
            table[c] = builder.ToString();
        }

        return table;
    }
}
