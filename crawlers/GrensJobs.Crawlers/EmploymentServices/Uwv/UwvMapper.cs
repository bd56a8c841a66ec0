using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>Turns an HR-Open position opening into a raw vacancy; closed or expired openings give none.</summary>
internal static class UwvMapper
{
    /// <summary>True when the status is Open and some posting has not ended (no end date: open-ended).</summary>
    public static bool IsOpen(UwvPositionOpening opening, UwvPositionProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(profile);
        if (!string.Equals(opening.StatusCode?.Trim(), "Open", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return profile.PostingInstructions.Count == 0
            || profile.PostingInstructions.Any(p => JsonFeedPage.Date(p.End) is not { } end || end >= today);
    }

    /// <summary>The profile in the definition's language, else the first.</summary>
    public static UwvPositionProfile? Profile(UwvPositionOpening opening, string? language)
    {
        ArgumentNullException.ThrowIfNull(opening);
        return opening.PositionProfiles.FirstOrDefault(p => language is not null && Language(p.Language) == language)
            ?? (opening.PositionProfiles.Count > 0 ? opening.PositionProfiles[0] : null);
    }

    /// <summary>The vacancy, or null when the opening has no document id or title.</summary>
    public static RawVacancy? Map(UwvPositionOpening opening, UwvPositionProfile profile, SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(definition);
        var id = opening.DocumentId?.Value?.Trim();
        var title = profile.PositionTitle?.Trim();
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(title))
        {
            return null;
        }

        var locations = profile.PositionLocations.Select(l => Location(l, definition.Country)).ToList();
        var starts = profile.PostingInstructions.Select(p => JsonFeedPage.Date(p.Start)).OfType<DateOnly>().ToList();
        var ends = profile.PostingInstructions.Select(p => JsonFeedPage.Date(p.End)).OfType<DateOnly>().ToList();
        return new RawVacancy
        {
            Id = id,
            Source = definition.Id,
            Url = string.IsNullOrWhiteSpace(profile.PositionUri) ? null : profile.PositionUri.Trim(),
            Title = title,
            Description = profile.PositionFormattedDescription?.Content,
            Employer = profile.HiringOrganizations.Select(o => o.Name?.Trim()).FirstOrDefault(n => !string.IsNullOrEmpty(n))
                ?? definition.Employer,
            Location = locations.Count > 0 ? locations[0] : null,
            Locations = locations,
            Posted = starts.Count > 0 ? starts.Min() : null,
            ValidThrough = ends.Count > 0 && ends.Count == profile.PostingInstructions.Count ? ends.Max() : null,
            Language = Language(profile.Language) ?? Language(opening.Language) ?? definition.Language ?? "nl",
            EmploymentType = EmploymentTypes(profile),
            Salary = Salary(profile.RemunerationPackage),
        };
    }

    /// <summary>ISO 639-1 of a BCP 47 tag (<c>nl-NL</c> → nl).</summary>
    private static string? Language(string? tag)
    {
        var trimmed = tag?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? trimmed[..dash] : trimmed).ToLowerInvariant();
    }

    private static RawLocation Location(UwvPositionLocation location, string? defaultCountry)
    {
        var address = location.Address;
        var postalCode = address?.PostalCode?.Trim();
        var city = address?.CityName?.Trim();
        var text = string.Join(' ', new[] { postalCode, city }.Where(p => !string.IsNullOrEmpty(p)));
        return new RawLocation
        {
            Text = text.Length > 0 ? text : null,
            PostalCode = string.IsNullOrEmpty(postalCode) ? null : postalCode,
            Place = string.IsNullOrEmpty(city) ? null : city,
            Country = address?.CountryCode?.Trim().ToUpperInvariant() ?? defaultCountry ?? "NL",
            Lat = location.GeoLocation?.Latitude,
            Lon = location.GeoLocation?.Longitude,
        };
    }

    private static List<string> EmploymentTypes(UwvPositionProfile profile)
    {
        var types = new List<string>();
        var schedule = Code(profile.PositionScheduleTypeCode) switch
        {
            null => null,
            "FULLTIME" => "FULL_TIME",
            "PARTTIME" => "PART_TIME",
            _ => profile.PositionScheduleTypeCode!.Trim(),
        };
        var offering = Code(profile.PositionOfferingTypeCode) switch
        {
            null => null,
            "DIRECTHIRE" => "PERMANENT",
            "TEMPORARY" or "TEMPORARYTOHIRE" or "SEASONAL" or "ONCALL" => "TEMPORARY",
            "CONTRACT" or "CONTRACTTOHIRE" => "CONTRACTOR",
            "INTERNSHIP" => "INTERN",
            "APPRENTICESHIP" => "APPRENTICESHIP",
            "VOLUNTEER" => "VOLUNTEER",
            _ => profile.PositionOfferingTypeCode!.Trim(),
        };
        foreach (var type in new[] { schedule, offering })
        {
            if (type is not null)
            {
                types.Add(type);
            }
        }

        return types;

        static string? Code(string? value) =>
            string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    private static RawSalary? Salary(UwvRemunerationPackage? package)
    {
        if (package is null)
        {
            return null;
        }

        var range = package.Ranges.Count > 0 ? package.Ranges[0] : null;
        var text = string.IsNullOrWhiteSpace(package.Description) ? null : package.Description.Trim();
        if (range is null && text is null)
        {
            return null;
        }

        return new RawSalary
        {
            Min = range?.MinimumAmount?.Value,
            Max = range?.MaximumAmount?.Value,
            Currency = (range?.MinimumAmount?.CurrencyCode ?? range?.MaximumAmount?.CurrencyCode)?.Trim().ToUpperInvariant(),
            Period = range?.IntervalCode?.Trim().ToLowerInvariant() switch
            {
                "hour" => "hour",
                "day" => "day",
                "week" => "week",
                "month" => "month",
                "year" => "year",
                _ => null,
            },
            Text = text,
        };
    }
}
