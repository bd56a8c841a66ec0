using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Web;

namespace GrensJobs.Core.Vacancies;

/// <summary>The checks behind <see cref="RawVacancyReader"/> for values that must not be taken as given.</summary>
public static partial class RawVacancyReader
{
    private static void CheckLength(string field, string? value, int limit, string setting)
    {
        if (value is not null && value.Length > limit)
        {
            throw new FieldException(string.Create(CultureInfo.InvariantCulture,
                $"\"{field}\" is {value.Length:N0} characters, the limit is {limit:N0} ({InputLimits.SectionName}:{setting})"));
        }
    }

    private static string? OptionalSource(JsonElement root)
    {
        var source = OptionalString(root, "source", "source");
        if (source is not null && !SourceIds.IsValid(source))
        {
            throw new FieldException(
                $"\"source\" must be a source id of lower-case letters, digits, '.', '_' or '-' (at most 64, such as \"uwv-demo\"), got \"{Truncate(source)}\"");
        }

        return source;
    }

    /// <summary>Only an absolute http(s) address is kept; anything else (javascript:, data:, file:, relative) is dropped.</summary>
    private static string? OptionalWebAddress(JsonElement root, List<string> warnings) => KeptOrDropped(
        root, "url", url => UrlCanonicaliser.Canonicalise(url) is not null,
        url => $"\"url\" \"{Truncate(url)}\" is not an http(s) address and was dropped", warnings);

    private static string? OptionalLanguage(JsonElement root, List<string> warnings) => KeptOrDropped(
        root, "language", language => IsoLanguageCodes.Normalise(language) is not null,
        language => $"\"language\" \"{Truncate(language)}\" is not an ISO 639-1 code such as \"de\"; the language is detected from the text instead",
        warnings);

    /// <summary>The string field when <paramref name="keep"/> accepts it; else null, with a warning saying why.</summary>
    private static string? KeptOrDropped(
        JsonElement root, string name, Func<string, bool> keep, Func<string, string> warning, List<string> warnings)
    {
        var value = OptionalString(root, name, name);
        if (value is null || keep(value))
        {
            return value;
        }

        warnings.Add(warning(value));
        return null;
    }
}
