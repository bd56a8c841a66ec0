using GrensJobs.Core.Text;

namespace GrensJobs.Search.Querying;

/// <summary>A short passage of the description: the first line that mentions a query word, else the first line.</summary>
internal static class SnippetBuilder
{
    public const int MaxLength = 220;

    public static string? Build(string? text, IReadOnlyList<string> foldedWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return null;
        }

        foreach (var line in lines)
        {
            var folded = TextFolding.Fold(line);
            foreach (var word in foldedWords)
            {
                var at = word.Length >= 3 ? folded.IndexOf(word, StringComparison.Ordinal) : -1;
                if (at >= 0 && folded.Length == line.Length)
                {
                    return Around(line, at);
                }

                if (at >= 0)
                {
                    return Around(line, 0);
                }
            }
        }

        return Around(lines.FirstOrDefault(l => l.Length >= 40) ?? lines[0], 0);
    }

    private static string Around(string line, int at)
    {
        if (line.Length <= MaxLength)
        {
            return line;
        }

        var start = Math.Max(0, Math.Min(at - (MaxLength / 3), line.Length - MaxLength));
        if (start > 0)
        {
            var space = line.IndexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }

        var end = Math.Min(line.Length, start + MaxLength);
        var cut = line.LastIndexOf(' ', end - 1, end - start);
        end = end < line.Length && cut > start + (MaxLength / 2) ? cut : end;
        return string.Concat(start > 0 ? "…" : "", line.AsSpan(start, end - start).Trim(), end < line.Length ? "…" : "");
    }
}
