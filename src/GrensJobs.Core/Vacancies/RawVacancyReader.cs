using System.Globalization;
using System.Text.Json;

namespace GrensJobs.Core.Vacancies;

/// <summary>
/// Reads one raw vacancy from a JSON line, strictly: a field of the wrong type is an error naming the field
/// (<c>"location.lat" must be a number, got string "51,58"</c>), never a silent guess. Unknown fields are ignored.
/// Untrusted values have a fate: a title or description beyond <see cref="InputLimits"/> and a source id outside
/// <see cref="SourceIds.Pattern"/> are errors; a URL that is not http(s) and a language that is not ISO 639-1 are
/// dropped with a warning (identity then falls back to the hash, the language to detection).
/// </summary>
public static partial class RawVacancyReader
{
    private static readonly InputLimits DefaultLimits = new();

    public static RawVacancyReadResult Read(string line) => Read(line, DefaultLimits);

    public static RawVacancyReadResult Read(string line, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return RawVacancyReadResult.Fail($"not valid JSON: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            try
            {
                var warnings = new List<string>();
                return RawVacancyReadResult.Ok(ReadVacancy(document.RootElement, limits, warnings), warnings);
            }
            catch (FieldException ex)
            {
                return RawVacancyReadResult.Fail(ex.Message);
            }
        }
    }

    private static RawVacancy ReadVacancy(JsonElement root, InputLimits limits, List<string> warnings)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"a vacancy must be a JSON object, got {Describe(root)}");
        }

        var title = OptionalString(root, "title", "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new FieldException("\"title\" is required");
        }

        var description = OptionalString(root, "description", "description");
        CheckLength("title", title, limits.MaxTitleCharacters, nameof(InputLimits.MaxTitleCharacters));
        CheckLength("description", description, limits.MaxDescriptionCharacters, nameof(InputLimits.MaxDescriptionCharacters));

        return new RawVacancy
        {
            Id = OptionalId(root),
            Source = OptionalSource(root),
            Url = OptionalWebAddress(root, warnings),
            Title = title,
            Description = description,
            Employer = OptionalEmployer(root),
            Location = root.TryGetProperty("location", out var location) ? ReadLocation(location, "location") : null,
            Locations = ReadLocations(root),
            Posted = OptionalDate(root, "posted"),
            ValidThrough = OptionalDate(root, "validThrough"),
            Language = OptionalLanguage(root, warnings),
            EmploymentType = ReadEmploymentType(root),
            Salary = root.TryGetProperty("salary", out var salary) ? ReadSalary(salary) : null,
        };
    }

    private static string? OptionalId(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            return null;
        }

        return id.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => NullIfBlank(id.GetString()),
            JsonValueKind.Number => id.GetRawText(),
            _ => throw new FieldException($"\"id\" must be a string or a number, got {Describe(id)}"),
        };
    }

    private static string? OptionalEmployer(JsonElement root)
    {
        if (!root.TryGetProperty("employer", out var employer))
        {
            return null;
        }

        // schema.org hiringOrganization shape: {"name": "…"}.
        if (employer.ValueKind == JsonValueKind.Object)
        {
            return OptionalString(employer, "name", "employer.name");
        }

        return AsString(employer, "employer");
    }

    private static RawLocation? ReadLocation(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return NullIfBlank(element.GetString()) is { } text ? new RawLocation { Text = text } : null;
            case JsonValueKind.Object:
                return new RawLocation
                {
                    Text = OptionalString(element, "text", $"{path}.text"),
                    PostalCode = OptionalPostalCode(element, $"{path}.postalCode"),
                    Place = OptionalString(element, "place", $"{path}.place"),
                    Country = OptionalCountry(element, $"{path}.country"),
                    Lat = OptionalCoordinate(element, "lat", $"{path}.lat", 90),
                    Lon = OptionalCoordinate(element, "lon", $"{path}.lon", 180),
                };
            default:
                throw new FieldException($"\"{path}\" must be an object, got {Describe(element)}");
        }
    }

    private static IReadOnlyList<RawLocation> ReadLocations(JsonElement root)
    {
        if (!root.TryGetProperty("locations", out var locations) || locations.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (locations.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException($"\"locations\" must be an array, got {Describe(locations)}");
        }

        var result = new List<RawLocation>(locations.GetArrayLength());
        var index = 0;
        foreach (var item in locations.EnumerateArray())
        {
            if (ReadLocation(item, $"locations[{index}]") is { } location)
            {
                result.Add(location);
            }

            index++;
        }

        return result;
    }

    private static string? OptionalPostalCode(JsonElement parent, string path)
    {
        if (!parent.TryGetProperty("postalCode", out var value))
        {
            return null;
        }

        // A postal code given as a number (47623) has one clear meaning; leading zeros cannot have been lost
        // in NL/BE codes, and German codes below 10000 are rejected rather than guessed.
        if (value.ValueKind == JsonValueKind.Number)
        {
            var digits = value.GetRawText();
            if (digits.Length >= 4 && digits.All(char.IsAsciiDigit))
            {
                return digits;
            }

            throw new FieldException($"\"{path}\" must be a string, got number {digits}");
        }

        return AsString(value, path);
    }

    private static string? OptionalCountry(JsonElement parent, string path)
    {
        var country = OptionalString(parent, "country", path);
        if (country is null)
        {
            return null;
        }

        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
        {
            throw new FieldException($"\"{path}\" must be an ISO 3166-1 alpha-2 code such as \"DE\", got \"{country}\"");
        }

        return country.ToUpperInvariant();
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

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && text.Length >= 10 && text[4] == '-')
        {
            return DateOnly.FromDateTime(instant.UtcDateTime);
        }

        throw new FieldException($"\"{name}\" must be an ISO 8601 date such as \"2026-11-02\", got \"{text}\"");
    }

    private static IReadOnlyList<string> ReadEmploymentType(JsonElement root)
    {
        if (!root.TryGetProperty("employmentType", out var value))
        {
            return [];
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return [];
            case JsonValueKind.String:
                return NullIfBlank(value.GetString()) is { } single ? [single] : [];
            case JsonValueKind.Array:
                var list = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (AsString(item, "employmentType[]") is { } text)
                    {
                        list.Add(text);
                    }
                }

                return list;
            default:
                throw new FieldException($"\"employmentType\" must be a string or an array of strings, got {Describe(value)}");
        }
    }

    private static RawSalary? ReadSalary(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return NullIfBlank(element.GetString()) is { } text ? new RawSalary { Text = text } : null;
            case JsonValueKind.Object:
                var salary = new RawSalary
                {
                    Min = OptionalAmount(element, "min"),
                    Max = OptionalAmount(element, "max"),
                    Currency = OptionalString(element, "currency", "salary.currency"),
                    Period = OptionalString(element, "period", "salary.period"),
                    Text = OptionalString(element, "text", "salary.text"),
                };
                if (salary.Min is { } min && salary.Max is { } max && min > max)
                {
                    throw new FieldException($"\"salary.min\" ({min.ToString(CultureInfo.InvariantCulture)}) is greater than \"salary.max\" ({max.ToString(CultureInfo.InvariantCulture)})");
                }

                return salary;
            default:
                throw new FieldException($"\"salary\" must be an object, got {Describe(element)}");
        }
    }
}
