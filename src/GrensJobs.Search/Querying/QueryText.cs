namespace GrensJobs.Search.Querying;

/// <summary>A query text within <see cref="QueryBounds"/>: what the engine reads of it.</summary>
internal static class QueryText
{
    /// <summary>
    /// The first <see cref="QueryBounds.MaxCharacters"/> characters (never half a surrogate pair), and of those the first
    /// <see cref="QueryBounds.MaxWords"/> words; a text within both bounds is returned as it is.
    /// </summary>
    public static string? Bound(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > QueryBounds.MaxCharacters)
        {
            var end = QueryBounds.MaxCharacters;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            text = text[..end];
        }

        var words = QueryWords.Split(text);
        return words.Length > QueryBounds.MaxWords ? string.Join(' ', words.AsSpan(0, QueryBounds.MaxWords)) : text;
    }
}
