namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Character trigrams of folded text, coded as small integers (a–z, 0–9, word start "^", word end "$"), so the
/// index can use plain arrays instead of hash tables.
/// </summary>
internal static class Trigrams
{
    public const int Alphabet = 39;
    public const int Space = Alphabet * Alphabet * Alphabet;
    private const int Start = 36;
    private const int End = 37;
    private const int Other = 38;

    /// <summary>Distinct, sorted trigram codes of every token of folded <paramref name="text"/> ("^to", "tok", …, "en$").</summary>
    public static int[] Of(string text)
    {
        var codes = GramBuffer.Shared();
        var tokenStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                if (i > tokenStart)
                {
                    AddToken(codes, text.AsSpan(tokenStart, i - tokenStart), padStart: true);
                }

                tokenStart = i + 1;
            }
        }

        return Distinct(codes);
    }

    /// <summary>Trigrams of the last <paramref name="tail"/> characters of a head word, with the end marker.</summary>
    public static int[] OfTail(string token, int tail)
    {
        var codes = GramBuffer.Shared();
        var padStart = token.Length <= tail;
        var span = padStart ? token.AsSpan() : token.AsSpan(token.Length - tail);
        AddToken(codes, span, padStart);
        return Distinct(codes);
    }

    /// <summary>Dice coefficient of two sorted code arrays.</summary>
    public static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (a.Length + b.Length);
    }

    private static void AddToken(GramBuffer codes, ReadOnlySpan<char> token, bool padStart)
    {
        var previous2 = padStart ? Start : Code(token[0]);
        var previous1 = padStart ? Code(token[0]) : Code(token[1 % token.Length]);
        var from = padStart ? 1 : 2;
        if (!padStart && token.Length < 2)
        {
            return;
        }

        for (var i = from; i <= token.Length; i++)
        {
            var current = i == token.Length ? End : Code(token[i]);
            codes.Add((((previous2 * Alphabet) + previous1) * Alphabet) + current);
            previous2 = previous1;
            previous1 = current;
        }
    }

    private static int Code(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => Other,
    };

    private static int[] Distinct(GramBuffer codes)
    {
        var span = codes.Span;
        span.Sort();
        var write = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                span[write++] = span[i];
            }
        }

        return span[..write].ToArray();
    }

    private sealed class GramBuffer
    {
        [ThreadStatic]
        private static GramBuffer? _shared;

        private int[] _items = new int[64];
        private int _count;

        /// <summary>This thread's buffer, emptied.</summary>
        public static GramBuffer Shared()
        {
            var buffer = _shared ??= new GramBuffer();
            buffer._count = 0;
            return buffer;
        }

        public Span<int> Span => _items.AsSpan(0, _count);

        public void Add(int code)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[_count++] = code;
        }
    }
}
