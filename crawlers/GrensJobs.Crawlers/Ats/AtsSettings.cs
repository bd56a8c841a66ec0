using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>Reads and checks the adapter settings of a definition (keys case-insensitive).</summary>
internal static class AtsSettings
{
    public static string? Get(SourceDefinition definition, string key)
    {
        if (definition.Settings.TryGetValue(key, out var exact))
        {
            return string.IsNullOrWhiteSpace(exact) ? null : exact.Trim();
        }

        foreach (var (name, value) in definition.Settings)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }

        return null;
    }

    public static string Required(SourceDefinition definition, string key) =>
        Get(definition, key) ?? throw new InvalidOperationException(
            $"Source '{definition.Id}': settings.{key} is required for kind '{definition.Kind}'.");

    /// <summary>The problems of a kind that has no settings: none.</summary>
    public static IEnumerable<SourceProblem> None(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [];
    }

    /// <summary>A required setting escaped as one URL path segment.</summary>
    public static string RequiredSegment(SourceDefinition definition, string key) =>
        Uri.EscapeDataString(Required(definition, key));

    /// <summary>Problems of a paged kind: the required <paramref name="keys"/>, then the optional page size.</summary>
    public static IEnumerable<SourceProblem> RequirePaged(SourceDefinition definition, int maxPageSize, params string[] keys) =>
        RequireAll(definition, keys).Concat(CheckPageSize(definition, maxPageSize));

    public static IEnumerable<SourceProblem> RequireAll(SourceDefinition definition, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(definition);
        foreach (var key in keys)
        {
            if (Get(definition, key) is null)
            {
                yield return new SourceProblem($"settings.{key}", $"settings.{key} is required for kind '{definition.Kind}'.");
            }
        }
    }

    /// <summary>Problems of an optional positive page size no larger than <paramref name="max"/>.</summary>
    public static IEnumerable<SourceProblem> CheckPageSize(SourceDefinition definition, int max)
    {
        var text = Get(definition, PageSizeKey);
        if (text is not null && (!int.TryParse(text, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 1 || size > max))
        {
            yield return new SourceProblem($"settings.{PageSizeKey}", $"settings.{PageSizeKey} must be a whole number from 1 to {max}.");
        }
    }

    public const string PageSizeKey = "pageSize";

    public static int PageSize(SourceDefinition definition, int fallback) =>
        int.TryParse(Get(definition, PageSizeKey), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0 ? size : fallback;

    /// <summary><paramref name="relative"/> appended to the base URL with exactly one slash between.</summary>
    public static Uri Append(Uri baseUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var text = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text + "/" + relative.TrimStart('/'));
    }
}
