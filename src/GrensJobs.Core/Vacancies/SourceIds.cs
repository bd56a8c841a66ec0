using System.Text.RegularExpressions;

namespace GrensJobs.Core.Vacancies;

/// <summary>
/// The pattern of a source id (<c>uwv-demo</c>, <c>mueller-gmbh</c>, <c>ba-aachen</c>, <c>werkenbij.example.nl</c>):
/// 1–64 characters, lower-case ASCII letters and digits, then also <c>.</c>, <c>_</c> or <c>-</c>. Source ids become
/// part of identities, file names and URLs, so nothing else (no spaces, slashes or upper case) is accepted.
/// </summary>
public static partial class SourceIds
{
    public const string Pattern = @"^[a-z0-9][a-z0-9._-]{0,63}\z";

    public static bool IsValid(string? source) => source is not null && IdRegex().IsMatch(source);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
