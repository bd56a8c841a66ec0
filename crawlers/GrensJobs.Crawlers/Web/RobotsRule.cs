namespace GrensJobs.Crawlers.Web;

/// <summary>
/// One Allow/Disallow line: a normalised path pattern where <c>*</c> matches any run of characters and a final
/// <c>$</c> anchors the end; without <c>$</c> the pattern matches any path it is a prefix of.
/// </summary>
internal sealed class RobotsRule(string pattern, bool allow)
{
    public string Pattern { get; } = pattern;

    public bool Allow { get; } = allow;

    /// <summary>Specificity: the length of the pattern in characters (octets once normalised).</summary>
    public int Length => Pattern.Length;

    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern.AsSpan(0, Pattern.Length - 1) : Pattern.AsSpan();
        if (!pattern.Contains('*'))
        {
            return anchored ? path.AsSpan().SequenceEqual(pattern) : path.AsSpan().StartsWith(pattern, StringComparison.Ordinal);
        }

        return WildcardMatch(pattern, path.AsSpan(), anchored);
    }

    /// <summary>Greedy glob match with one backtrack point (linear in practice, no regex).</summary>
    private static bool WildcardMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path, bool anchored)
    {
        int p = 0, s = 0, star = -1, resume = 0;
        while (true)
        {
            if (p == pattern.Length && (!anchored || s == path.Length))
            {
                return true;
            }

            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = s;
                continue;
            }

            if (s < path.Length && p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }

            if (star >= 0 && resume < path.Length)
            {
                p = star + 1;
                s = ++resume;
                continue;
            }

            return false;
        }
    }
}
