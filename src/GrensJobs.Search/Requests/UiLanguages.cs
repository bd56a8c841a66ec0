namespace GrensJobs.Search.Requests;

/// <summary>The languages of labels, suggestions and messages: nl, de, fr and en (the default).</summary>
public static class UiLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["nl", "de", "fr", "en"];

    /// <summary>The UI language a tag names ("de", "de-AT", "FR", "nl_BE"), or null when it names none of them.</summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(primary, StringComparer.Ordinal) ? primary : null;
    }
}
