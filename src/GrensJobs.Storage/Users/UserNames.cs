using System.Text.RegularExpressions;

namespace GrensJobs.Storage.Users;

/// <summary>Account names: 2–64 characters of a-z, 0-9, '.', '-' and '_', starting with a letter or digit; kept in lower case.</summary>
public static partial class UserNames
{
    /// <summary>The name in its stored form (trimmed, lower case), or null when it is not a valid account name.</summary>
    public static string? Normalise(string? name)
    {
        var candidate = name?.Trim().ToLowerInvariant();
        return candidate is not null && Pattern().IsMatch(candidate) ? candidate : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
