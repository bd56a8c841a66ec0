using System.Globalization;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices;

/// <summary>The paging rule, page-size setting and dates the page-numbered JSON feeds share.</summary>
internal static class JsonFeedPage
{
    /// <summary>
    /// True after an empty page, after the page that reaches the stated total, or (no total) after a short page.
    /// </summary>
    public static bool IsLastPage(int number, int pageSize, int itemCount, long? total) =>
        itemCount == 0 || (total is { } all ? (long)number * pageSize >= all : itemCount < pageSize);

    /// <summary>The date of <c>2026-11-02</c> or <c>2026-11-02T08:00:00Z</c>; null otherwise.</summary>
    public static DateOnly? Date(string? value) =>
        value is { Length: >= 10 }
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>A positive page size from the <c>size</c> setting, or the default.</summary>
    public static int PageSize(SourceDefinition definition, int defaultSize, int maxSize, ICollection<SourceProblem>? problems)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.Settings.TryGetValue("size", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return defaultSize;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= 1 && size <= maxSize)
        {
            return size;
        }

        problems?.Add(new SourceProblem("settings.size", $"size must be a whole number from 1 to {maxSize}, not '{text}'."));
        return defaultSize;
    }
}
