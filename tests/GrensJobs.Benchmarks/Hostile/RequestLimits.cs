using GrensJobs.Search.Querying;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>
/// Whether a request is within <see cref="SearchLimits"/>, as the request check before the engine decides it (words
/// counted at white space, <c>page × top</c> in long arithmetic): the benchmark's classification of each request and the
/// cost it measures for the refused ones.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The limit the request is beyond, or null when it is within every limit.</summary>
    public static string? Beyond(SearchRequest request)
    {
        if (request.Text is { } text)
        {
            if (text.Length > SearchLimits.MaxQueryCharacters)
            {
                return "query characters";
            }

            if (WordCount(text) > SearchLimits.MaxQueryWords)
            {
                return "query words";
            }
        }

        if (request.Top > SearchLimits.MaxTop)
        {
            return "top";
        }

        return (long)request.Page * request.Top > SearchLimits.MaxResultWindow ? "page × top" : null;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}
