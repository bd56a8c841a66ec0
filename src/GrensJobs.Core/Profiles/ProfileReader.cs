using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Profiles;

/// <summary>
/// Reads one canonical profile (CONTRACTS.md, <c>--format grensjobs</c>) from a JSON object, strictly: a field of the
/// wrong type or out of range is an error naming the field (<c>"languages[1].level" must be a CEFR level A1–C2, got
/// string "B3"</c>), never a silent guess. Unknown fields are ignored, so names or contact details a feed adds are
/// never read, let alone kept.
/// </summary>
public static class ProfileReader
{
    /// <summary>The longest profile id accepted (ids are keys in the store, the index and the audit log).</summary>
    public const int MaxIdLength = 128;

    private const int MaxListItems = 50;
    private const int MaxTextLength = 300;

    public static ProfileReadResult Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return ProfileReadResult.Fail($"not valid JSON: {JsonValueText.WithoutPath(ex.Message)}");
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static ProfileReadResult Read(JsonElement root)
    {
        try
        {
            return ProfileReadResult.Ok(ReadProfile(root));
        }
        catch (FieldException ex)
        {
            return ProfileReadResult.Fail(ex.Message);
        }
    }

    private static JobseekerProfile ReadProfile(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"a profile must be a JSON object, got {Describe(root)}");
        }

        var id = OptionalString(root, "id", "id") ?? throw new FieldException("\"id\" is required");
        if (id.Length > MaxIdLength || id.Any(char.IsControl))
        {
            throw new FieldException($"\"id\" must be at most {MaxIdLength} characters without control characters");
        }

        var occupations = ReadList(root, "desiredOccupations", ReadOccupation);
        if (occupations.Count == 0)
        {
            throw new FieldException("\"desiredOccupations\" needs at least one item ({\"isco\": …}, {\"esco\": …} or {\"title\": …})");
        }

        return new JobseekerProfile
        {
            Id = id,
            DesiredOccupations = occupations,
            Skills = ReadList(root, "skills", (value, path) =>
                Limited(AsString(value, path) ?? throw new FieldException($"\"{path}\" must not be empty"), path)),
            Languages = ReadLanguages(root),
            Home = root.TryGetProperty("home", out var home) && home.ValueKind != JsonValueKind.Null ? ReadHome(home) : null,
            MaxCommuteKm = OptionalInteger(root, "maxCommuteKm", "maxCommuteKm", 0, 1_000),
            HoursPerWeek = root.TryGetProperty("hoursPerWeek", out var hours) && hours.ValueKind != JsonValueKind.Null
                ? ReadHours(hours)
                : null,
            Education = ReadEducation(root),
            AvailableFrom = OptionalDate(root, "availableFrom"),
        };
    }

    private static DesiredOccupation ReadOccupation(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"\"{path}\" must be an object with \"isco\", \"esco\" or \"title\", got {Describe(item)}");
        }

        var isco = OptionalString(item, "isco", path + ".isco");
        if (isco is not null && (isco.Length is < 1 or > 4 || !isco.All(char.IsAsciiDigit)))
        {
            throw new FieldException($"\"{path}.isco\" must be an ISCO-08 code of 1–4 digits, got \"{Truncate(isco)}\"");
        }

        var esco = OptionalString(item, "esco", path + ".esco");
        if (esco is not null && !esco.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal))
        {
            throw new FieldException($"\"{path}.esco\" must be an ESCO URI (http://data.europa.eu/esco/occupation/…), got \"{Truncate(esco)}\"");
        }

        var title = OptionalString(item, "title", path + ".title");
        if (isco is null && esco is null && title is null)
        {
            throw new FieldException($"\"{path}\" needs one of \"isco\", \"esco\" or \"title\"");
        }

        NationalOccupationCode? national = null;
        if (item.TryGetProperty("nationalCode", out var code) && code.ValueKind != JsonValueKind.Null)
        {
            if (code.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException($"\"{path}.nationalCode\" must be an object {{\"system\": …, \"code\": …}}, got {Describe(code)}");
            }

            national = new NationalOccupationCode(
                OptionalString(code, "system", path + ".nationalCode.system") ?? throw new FieldException($"\"{path}.nationalCode.system\" is required"),
                OptionalString(code, "code", path + ".nationalCode.code") ?? throw new FieldException($"\"{path}.nationalCode.code\" is required"));
        }

        return new DesiredOccupation { Isco = isco, Esco = esco, Title = title is null ? null : Limited(title, path + ".title"), NationalCode = national };
    }

    private static List<LanguageSkill> ReadLanguages(JsonElement root)
    {
        var skills = ReadList(root, "languages", (item, path) =>
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException($"\"{path}\" must be an object {{\"language\": \"de\", \"level\": \"B1\"}}, got {Describe(item)}");
            }

            var tag = OptionalString(item, "language", path + ".language");
            var language = IsoLanguageCodes.Normalise(tag);
            if (language is null || tag!.Length != 2)
            {
                throw new FieldException($"\"{path}.language\" must be an ISO 639-1 code such as \"nl\" or \"de\"");
            }

            var level = OptionalString(item, "level", path + ".level");
            if (level is null || !Enum.TryParse<CefrLevel>(level, ignoreCase: true, out var cefr) || !Enum.IsDefined(cefr) ||
                !char.IsAsciiLetter(level[0]))
            {
                throw new FieldException($"\"{path}.level\" must be a CEFR level A1–C2, got {(level is null ? "nothing" : $"\"{Truncate(level)}\"")}");
            }

            return new LanguageSkill(language, cefr);
        });

        // One entry a language, the best level stated.
        return [.. skills.GroupBy(s => s.Language, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.Level)!)];
    }

    private static ProfileHome ReadHome(JsonElement home)
    {
        if (home.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"\"home\" must be an object, got {Describe(home)}");
        }

        var country = OptionalString(home, "country", "home.country")?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            throw new FieldException($"\"home.country\" must be an ISO 3166-1 alpha-2 code such as \"NL\", got \"{Truncate(country)}\"");
        }

        var lat = OptionalNumber(home, "lat", "home.lat", -90, 90);
        var lon = OptionalNumber(home, "lon", "home.lon", -180, 180);
        if (lat.HasValue != lon.HasValue)
        {
            throw new FieldException("\"home.lat\" and \"home.lon\" come together");
        }

        return new ProfileHome
        {
            PostalCode = OptionalString(home, "postalCode", "home.postalCode"),
            Place = OptionalString(home, "place", "home.place"),
            Country = country,
            Lat = lat,
            Lon = lon,
        };
    }

    private static HoursRange ReadHours(JsonElement hours)
    {
        if (hours.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"\"hoursPerWeek\" must be an object {{\"min\": 32, \"max\": 40}}, got {Describe(hours)}");
        }

        var min = OptionalNumber(hours, "min", "hoursPerWeek.min", 0, 80);
        var max = OptionalNumber(hours, "max", "hoursPerWeek.max", 0, 80);
        if (min > max)
        {
            throw new FieldException($"\"hoursPerWeek.min\" ({min}) must not exceed \"hoursPerWeek.max\" ({max})");
        }

        return new HoursRange((decimal?)min, (decimal?)max);
    }

    private static Education? ReadEducation(JsonElement root)
    {
        if (!root.TryGetProperty("education", out var education) || education.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (education.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"\"education\" must be an object {{\"eqf\": 3}}, got {Describe(education)}");
        }

        return OptionalInteger(education, "eqf", "education.eqf", 1, 8) is { } eqf ? new Education(eqf) : null;
    }

    private static List<T> ReadList<T>(JsonElement root, string name, Func<JsonElement, string, T> read)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException($"\"{name}\" must be an array, got {Describe(list)}");
        }

        if (list.GetArrayLength() > MaxListItems)
        {
            throw new FieldException($"\"{name}\" has {list.GetArrayLength()} items; at most {MaxListItems} are accepted");
        }

        var items = new List<T>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            items.Add(read(item, $"{name}[{index++}]"));
        }

        return items;
    }

    private static DateOnly? OptionalDate(JsonElement parent, string name)
    {
        var text = OptionalString(parent, name, name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text.Length > 10 && text[10] == 'T' &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }

        throw new FieldException($"\"{name}\" must be an ISO 8601 date (2026-12-01), got \"{Truncate(text)}\"");
    }

    private static int? OptionalInteger(JsonElement parent, string name, string path, int min, int max)
    {
        var number = OptionalNumber(parent, name, path, min, max);
        if (number is { } value && value != Math.Floor(value))
        {
            throw new FieldException($"\"{path}\" must be a whole number, got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return (int?)number;
    }

    private static double? OptionalNumber(JsonElement parent, string name, string path, double min, double max)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            throw new FieldException($"\"{path}\" must be a number, got {Describe(value)}");
        }

        if (double.IsNaN(number) || number < min || number > max)
        {
            throw new FieldException(string.Create(CultureInfo.InvariantCulture,
                $"\"{path}\" must be between {min} and {max}, got {value.GetRawText()}"));
        }

        return number;
    }

    private static string? OptionalString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? AsString(value, path) : null;

    private static string? AsString(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
        _ => throw new FieldException($"\"{path}\" must be a string, got {Describe(value)}"),
    };

    private static string Limited(string text, string path) => text.Length <= MaxTextLength
        ? text
        : throw new FieldException($"\"{path}\" is {text.Length} characters long; at most {MaxTextLength} are accepted");

    private static string Describe(JsonElement value) => JsonValueText.Describe(value);

    private static string Truncate(string text) => JsonValueText.Truncate(text);

    private sealed class FieldException(string message) : Exception(message);
}
