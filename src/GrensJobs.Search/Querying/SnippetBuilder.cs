using System.Globalization;
using System.Text;
using GrensJobs.Core.Text;

namespace GrensJobs.Search.Querying;

/// <summary>
/// A short passage of the description: the first line that mentions a query word (cut around the word when the line is
/// long), else the first line of some length.
/// </summary>
internal static class SnippetBuilder
{
    public const int MaxLength = 220;

    public static string? Build(string? text, IReadOnlyList<string> foldedWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Line by line, folding each only until a query word is found: no array of every line.
        Range? first = null;
        Range? firstLong = null;
        foreach (var split in text.AsSpan().Split('\n'))
        {
            var line = Trimmed(text, split);
            var length = line.GetOffsetAndLength(text.Length).Length;
            if (length == 0)
            {
                continue;
            }

            first ??= line;
            firstLong ??= length >= 40 ? line : null;
            if (FirstMention(text.AsSpan(line), foldedWords) is { } word)
            {
                var original = text[line];
                return Around(original, Math.Max(0, PositionIn(original, word)));
            }
        }

        return first is null ? null : Around(text[firstLong ?? first.Value], 0);
    }

    /// <summary>The first query word (of three letters or more) the line mentions once folded, or null.</summary>
    private static string? FirstMention(ReadOnlySpan<char> line, IReadOnlyList<string> foldedWords)
    {
        // An ASCII line folds to its letters and digits, lower-cased, with a space for each run of anything else: a
        // folded word without a space is in it exactly when it is in the line itself, compared ignoring case.
        string? folded = null;
        var ascii = Ascii.IsValid(line);
        foreach (var word in foldedWords)
        {
            if (word.Length < 3)
            {
                continue;
            }

            var found = ascii && !word.Contains(' ', StringComparison.Ordinal)
                ? line.Contains(word, StringComparison.OrdinalIgnoreCase)
                : (folded ??= TextFolding.Fold(line)).Contains(word, StringComparison.Ordinal);
            if (found)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Where a folded word stands in the original line ("schweisser" in "… einen Schweißer (m/w/d)"), or -1.</summary>
    private static int PositionIn(string line, string foldedWord)
    {
        var at = line.IndexOf(foldedWord, StringComparison.OrdinalIgnoreCase);
        return at >= 0
            ? at
            : CultureInfo.InvariantCulture.CompareInfo.IndexOf(line, foldedWord, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
    }

    private static Range Trimmed(string text, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(text.Length);
        var span = text.AsSpan(offset, length);
        var start = offset + (span.Length - span.TrimStart().Length);
        return start..(start + span.Trim().Length);
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
