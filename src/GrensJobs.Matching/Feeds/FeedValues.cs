using System.Globalization;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// The checks and conversions the three feed mappers share, each throwing a <see cref="FeedFieldException"/> that
/// names the field in the feed's own terms. The limits are those of the canonical reader.
/// </summary>
internal static class FeedValues
{
    public const int MaxListItems = 50;
    public const int MaxTextLength = 300;
    public const int MaxCommuteKm = 1_000;
    public const decimal MaxHoursPerWeek = 80;

    public static string Id(string? id, string field)
    {
        var text = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        if (text is null)
        {
            throw new FeedFieldException($"\"{field}\" is required (the profile's id)");
        }

        return text.Length <= ProfileReader.MaxIdLength && !text.Any(char.IsControl)
            ? text
            : throw new FeedFieldException($"\"{field}\" must be at most {ProfileReader.MaxIdLength} characters without control characters");
    }

    /// <summary>Trimmed text, null when blank, at most <see cref="MaxTextLength"/> characters.</summary>
    public static string? Text(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= MaxTextLength
            ? trimmed
            : throw new FeedFieldException($"\"{path}\" is {trimmed.Length} characters long; at most {MaxTextLength} are accepted");
    }

    /// <summary>The items of a list (null: none), each mapped with its path (<c>talen[1]</c>); a null item is an error.</summary>
    public static List<TOut> Items<TIn, TOut>(IReadOnlyList<TIn?>? items, string field, Func<TIn, string, TOut> map)
        where TIn : class
    {
        if (items is null)
        {
            return [];
        }

        if (items.Count > MaxListItems)
        {
            throw new FeedFieldException($"\"{field}\" has {items.Count} items; at most {MaxListItems} are accepted");
        }

        var result = new List<TOut>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            result.Add(map(items[i] ?? throw new FeedFieldException($"\"{path}\" must be an object, got null"), path));
        }

        return result;
    }

    /// <summary>Skills as sent, trimmed; blank entries are left out.</summary>
    public static IReadOnlyList<string> Skills(IReadOnlyList<string?>? items, string field)
    {
        if (items is null)
        {
            return [];
        }

        if (items.Count > MaxListItems)
        {
            throw new FeedFieldException($"\"{field}\" has {items.Count} items; at most {MaxListItems} are accepted");
        }

        return [.. items.Select((item, i) => Text(item, string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]")))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
    }

    public static List<DesiredOccupation> AtLeastOne(List<DesiredOccupation> occupations, string field) =>
        occupations.Count > 0
            ? occupations
            : throw new FeedFieldException($"\"{field}\" needs at least one occupation with its title");

    /// <summary>An occupation's official title, required: without a code table the title is what gets linked.</summary>
    public static string Title(string? title, string path) =>
        Text(title, path) ?? throw new FeedFieldException($"\"{path}\" is required (the occupation's official title)");

    /// <summary>A national occupation code when one is sent, in code list <paramref name="system"/>.</summary>
    public static NationalOccupationCode? NationalCode(string system, string? code, string path) =>
        Text(code, path) is { } text ? new NationalOccupationCode(system, text) : null;

    /// <summary>An ISO 639-1 code ("de", "DE", "de-DE" → "de").</summary>
    public static string Language(string? code, string path)
    {
        var language = IsoLanguageCodes.Normalise(code);
        return language is not null && code!.Trim().Length == 2
            ? language
            : throw new FeedFieldException($"\"{path}\" must be an ISO 639-1 language code such as \"nl\" or \"de\", got {Quoted(code)}");
    }

    /// <summary>
    /// A level from the feed's words (<paramref name="words"/>, any case) or an explicit CEFR code (<c>B1</c>); null
    /// when not given.
    /// </summary>
    public static CefrLevel? Cefr(string? text, string path, LevelWords? words = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (words?.Find(value) is { } level)
        {
            return level;
        }

        if (value.Length == 2 && value[0] is 'A' or 'B' or 'C' or 'a' or 'b' or 'c' && value[1] is '1' or '2')
        {
            return Enum.Parse<CefrLevel>(value.ToUpperInvariant(), ignoreCase: false);
        }

        var expected = words is null ? "a CEFR level A1–C2" : $"{words.Description} or a CEFR level A1–C2";
        throw new FeedFieldException($"\"{path}\" must be {expected}, got {Quoted(text)}");
    }

    /// <summary>A language and its level in the feed's words, both required (<c>path.codeName</c>, <c>path.levelName</c>).</summary>
    public static LanguageSkill Skill(string? code, string? level, string path, string codeName, string levelName, LevelWords words) => new(
        Language(code, $"{path}.{codeName}"),
        Cefr(level, $"{path}.{levelName}", words)
            ?? throw new FeedFieldException($"\"{path}.{levelName}\" is required ({words.Description} or a CEFR level A1–C2)"));

    /// <summary>One entry a language, the best level stated.</summary>
    public static IReadOnlyList<LanguageSkill> OnePerLanguage(IEnumerable<LanguageSkill> skills) =>
        [.. skills.GroupBy(s => s.Language, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.Level)!)];

    /// <summary>Where a jobseeker lives: postcode as sent, place, country; the names are the feed's (<c>wohnort.plz</c>).</summary>
    public static ProfileHome Home(
        string? postalCode, string? place, string? country, string field, (string PostalCode, string Place, string Country) names) => new()
    {
        PostalCode = Text(postalCode, $"{field}.{names.PostalCode}"),
        Place = Text(place, $"{field}.{names.Place}"),
        Country = Country(country, $"{field}.{names.Country}"),
    };

    /// <summary>An ISO 3166-1 alpha-2 country code, upper case; null when not given.</summary>
    public static string? Country(string? code, string path)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var country = code.Trim().ToUpperInvariant();
        return country.Length == 2 && country.All(char.IsAsciiLetterUpper)
            ? country
            : throw new FeedFieldException($"\"{path}\" must be an ISO 3166-1 alpha-2 country code such as \"NL\", \"DE\" or \"BE\", got {Quoted(code)}");
    }

    /// <summary>An ISO 8601 date (<c>2026-12-01</c>; a date-time keeps its date); null when not given.</summary>
    public static DateOnly? Date(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (value.Length > 10 && value[10] == 'T' &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }

        throw new FeedFieldException($"\"{path}\" must be an ISO 8601 date such as \"2026-12-01\", got {Quoted(text)}");
    }

    public static int? Kilometres(int? km, string path) => km is null or (>= 0 and <= MaxCommuteKm)
        ? km
        : throw new FeedFieldException(string.Create(CultureInfo.InvariantCulture, $"\"{path}\" must be between 0 and {MaxCommuteKm} km, got {km}"));

    /// <summary>Hours a week, each 0–80 and the minimum not above the maximum; null when neither is given.</summary>
    public static HoursRange? Hours(decimal? min, decimal? max, string minPath, string maxPath)
    {
        if (min is null && max is null)
        {
            return null;
        }

        foreach (var (value, path) in new[] { (min, minPath), (max, maxPath) })
        {
            if (value is < 0 or > MaxHoursPerWeek)
            {
                throw new FeedFieldException(string.Create(CultureInfo.InvariantCulture,
                    $"\"{path}\" must be between 0 and {MaxHoursPerWeek} hours a week, got {value}"));
            }
        }

        return min > max
            ? throw new FeedFieldException(string.Create(CultureInfo.InvariantCulture,
                $"\"{minPath}\" ({min}) must not exceed \"{maxPath}\" ({max})"))
            : new HoursRange(min, max);
    }

    /// <summary>An education level by the feed's words, as EQF; null when not given.</summary>
    public static Education? Eqf(string? text, string path, IReadOnlyDictionary<string, int> levels)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return levels.TryGetValue(key, out var eqf)
            ? new Education(eqf)
            : throw new FeedFieldException($"\"{path}\" must be one of {string.Join(", ", levels.Keys.Select(k => $"\"{k}\""))}, got {Quoted(text)}");
    }

    public static string Quoted(string? text) => text is null ? "nothing" : $"\"{JsonRecords.Truncate(text)}\"";
}
