namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Allocation-free folding of one word into a caller's buffer (lower-case, Latin diacritics removed, ß → ss),
/// matching <see cref="GrensJobs.Core.Text.TextFolding"/> for the letters these languages use.
/// </summary>
internal static class WordFolder
{
    /// <summary>Maximum folded word length considered; longer words are never language words.</summary>
    public const int MaxLength = 48;

    /// <summary>Folds <paramref name="word"/> into <paramref name="buffer"/>; returns the length, or -1 when too long.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length + 2 > buffer.Length)
            {
                return -1;
            }

            if (c < 128)
            {
                buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }

            switch (c)
            {
                case 'ß':
                    buffer[length++] = 's';
                    buffer[length++] = 's';
                    continue;
                case 'æ' or 'Æ':
                    buffer[length++] = 'a';
                    buffer[length++] = 'e';
                    continue;
                case 'œ' or 'Œ':
                    buffer[length++] = 'o';
                    buffer[length++] = 'e';
                    continue;
            }

            buffer[length++] = FoldLetter(char.ToLowerInvariant(c));
        }

        return length;
    }

    private static char FoldLetter(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'ç' => 'c',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        'ł' => 'l',
        'ś' or 'š' => 's',
        'ź' or 'ż' or 'ž' => 'z',
        'ć' or 'č' => 'c',
        'ń' => 'n',
        'ę' => 'e',
        'ą' => 'a',
        'ğ' => 'g',
        'ı' => 'i',
        'ş' => 's',
        _ => c,
    };
}
