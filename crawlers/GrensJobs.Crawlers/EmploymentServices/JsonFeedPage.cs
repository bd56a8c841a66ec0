using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices;

/// <summary>
/// Fetches one page of a JSON feed through the run's fetcher. The first page failing fails the run (nothing could be
/// read); a later page failing is a problem (partial run) and ends the paging. JSON that does not parse always fails.
/// </summary>
internal static class JsonFeedPage
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static async Task<T?> GetAsync<T>(
        SourceReadContext context, string feed, Uri url, bool isFirstPage, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (!page.IsSuccess)
        {
            var reason = page.BlockedByRobots
                ? "disallowed by robots.txt"
                : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)page.Status}");
            var message = $"{feed} page {url}: {reason}.";
            if (isFirstPage)
            {
                throw new InvalidDataException(message);
            }

            context.ReportProblem(message + " The pages after it were not read.");
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(page.Text, Options)
                ?? throw new InvalidDataException($"{feed} page {url}: the body is JSON null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{feed} page {url}: not valid {feed} JSON ({exception.Message}).", exception);
        }
    }

    /// <summary>
    /// True after an empty page, after the page that reaches the stated total, or (no total) after a short page.
    /// </summary>
    public static bool IsLastPage(int number, int pageSize, int itemCount, long? total) =>
        itemCount == 0 || (total is { } all ? (long)number * pageSize >= all : itemCount < pageSize);

    /// <summary><c>{base}/{path}?{query}</c>, keeping a path the base URL already has.</summary>
    public static Uri Combine(Uri baseUrl, string path, string query)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri($"{root}/{path}?{query}", UriKind.Absolute);
    }

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
