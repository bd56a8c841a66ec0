using System.Globalization;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>Turns a Jobsuche list item (either shape and name set) and its optional details into a raw vacancy.</summary>
internal static class JobsucheMapper
{
    public const string JobDetailUrl = "https://www.arbeitsagentur.de/jobsuche/jobdetail/";

    /// <summary>The vacancy, or null when the item has no reference number or title.</summary>
    public static RawVacancy? Map(JobsucheListItem item, JobsucheDetail? detail, SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        if (item.ReferenceNumber is not { Length: > 0 } refnr || item.Title is not { Length: > 0 } title)
        {
            return null;
        }

        var locations = Locations(item, definition.Country);
        return new RawVacancy
        {
            Id = refnr,
            Source = definition.Id,
            Url = item.ExterneUrl ?? item.ExterneUrlUpper ?? JobDetailUrl + refnr,
            Title = title.Trim(),
            Description = detail?.Description,
            Employer = item.Arbeitgeber ?? item.Firma ?? detail?.Arbeitgeber ?? detail?.Firma ?? definition.Employer,
            Location = locations.Count > 0 ? locations[0] : null,
            Locations = locations,
            Posted = Date(item.AktuelleVeroeffentlichungsdatum)
                ?? Date(item.DatumErsteVeroeffentlichung)
                ?? Date(item.Veroeffentlichungszeitraum?.Von),
            ValidThrough = Date(item.Veroeffentlichungszeitraum?.Bis),
            Language = definition.Language ?? "de",
            EmploymentType = EmploymentTypes(item, detail),
            Salary = Salary(item, detail),
            Education = JobsucheEducation.Of(detail?.GeforderterBildungsabschluss),
        };
    }

    /// <summary>ISO 3166-1 alpha-2 for the German country names the API writes ("Deutschland" → DE).</summary>
    public static string? Country(string? land) => land?.Trim() switch
    {
        null or "" => null,
        "Deutschland" => "DE",
        "Niederlande" => "NL",
        "Belgien" => "BE",
        "Luxemburg" => "LU",
        "Frankreich" => "FR",
        "Österreich" => "AT",
        "Schweiz" => "CH",
        "Polen" => "PL",
        "Dänemark" => "DK",
        { Length: 2 } code => code.ToUpperInvariant(),
        _ => null,
    };

    private static List<RawLocation> Locations(JobsucheListItem item, string? defaultCountry)
    {
        var locations = new List<RawLocation>();
        if (item.Arbeitsort is { } place)
        {
            locations.Add(Location(place, place.Koordinaten?.Lat, place.Koordinaten?.Lon, defaultCountry));
        }

        foreach (var site in item.Stellenlokationen ?? [])
        {
            if (site.Adresse is { } address)
            {
                locations.Add(Location(address, site.Breite, site.Laenge, defaultCountry));
            }
        }

        return locations;
    }

    private static RawLocation Location(JobsucheArbeitsort place, double? lat, double? lon, string? defaultCountry)
    {
        var postalCode = place.Plz?.Trim();
        var city = place.Ort?.Trim();
        var text = string.Join(' ', new[] { postalCode, city }.Where(part => !string.IsNullOrEmpty(part)));
        return new RawLocation
        {
            Text = text.Length > 0 ? text : place.Region,
            PostalCode = string.IsNullOrEmpty(postalCode) ? null : postalCode,
            Place = string.IsNullOrEmpty(city) ? null : city,
            Country = Country(place.Land) ?? defaultCountry ?? "DE",
            Lat = lat,
            Lon = lon,
        };
    }

    private static List<string> EmploymentTypes(JobsucheListItem item, JobsucheDetail? detail)
    {
        var types = new List<string>();
        foreach (var model in detail?.Arbeitszeitmodelle ?? [])
        {
            Add(model.Trim().ToUpperInvariant() switch
            {
                "VOLLZEIT" => "FULL_TIME",
                "TEILZEIT" or "MINIJOB" => "PART_TIME",
                _ => null,
            });
        }

        Add(item.ArbeitszeitVollzeit == true ? "FULL_TIME" : null);
        Add(item.ArbeitszeitTeilzeit == true ? "PART_TIME" : null);
        Add(Duration(detail?.Befristung ?? detail?.Vertragsdauer ?? item.Vertragsdauer));
        return types;

        void Add(string? type)
        {
            if (type is not null && !types.Contains(type, StringComparer.Ordinal))
            {
                types.Add(type);
            }
        }
    }

    private static string? Duration(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "BEFRISTET" => "TEMPORARY",
        "UNBEFRISTET" => "PERMANENT",
        _ => null,
    };

    private static RawSalary? Salary(JobsucheListItem item, JobsucheDetail? detail)
    {
        var text = string.IsNullOrWhiteSpace(detail?.Verguetung) ? null : detail.Verguetung.Trim();
        if (text is null && item.GehaltsspanneVon is null && item.GehaltsspanneBis is null)
        {
            return null;
        }

        var hasRange = item.GehaltsspanneVon is not null || item.GehaltsspanneBis is not null;
        return new RawSalary
        {
            Min = item.GehaltsspanneVon,
            Max = item.GehaltsspanneBis,
            Currency = hasRange ? "EUR" : null,
            Period = item.Verguetungsangabe?.Trim().ToUpperInvariant() switch
            {
                "MONATSGEHALT" => "month",
                "JAHRESGEHALT" => "year",
                "STUNDENLOHN" => "hour",
                _ => null,
            },
            Text = text,
        };
    }

    /// <summary>The date of <c>2026-11-02</c> or <c>2026-11-02T13:12:33.913</c>.</summary>
    private static DateOnly? Date(string? value) =>
        value is { Length: >= 10 }
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
