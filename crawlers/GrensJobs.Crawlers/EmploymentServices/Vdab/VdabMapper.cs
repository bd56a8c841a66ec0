using System.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>Turns a VDAB-style vacature into a raw vacancy; closed or expired vacatures give none.</summary>
internal static class VdabMapper
{
    public const string PublicUrl = "https://www.vdab.be/vindeenjob/vacatures/";

    /// <summary>True when the status is open (or absent) and the end date has not passed.</summary>
    public static bool IsOpen(VdabVacature vacature, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(vacature);
        var status = vacature.Status?.Trim();
        if (!string.IsNullOrEmpty(status) && !status.Equals("OPEN", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return JsonFeedPage.Date(vacature.Einddatum) is not { } end || end >= today;
    }

    /// <summary>The vacancy, or null when the vacature has no number or title.</summary>
    public static RawVacancy? Map(VdabVacature vacature, SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(vacature);
        ArgumentNullException.ThrowIfNull(definition);
        var number = vacature.Vacaturenummer?.Trim();
        var title = vacature.Functie?.Titel?.Trim();
        if (string.IsNullOrEmpty(number) || string.IsNullOrEmpty(title))
        {
            return null;
        }

        var location = Location(vacature.Tewerkstellingsplaats, definition.Country);
        return new RawVacancy
        {
            Id = number,
            Source = definition.Id,
            Url = string.IsNullOrWhiteSpace(vacature.Url) ? PublicUrl + Uri.EscapeDataString(number) : vacature.Url.Trim(),
            Title = title,
            Description = Description(vacature),
            Employer = vacature.Werkgever?.Naam?.Trim() ?? definition.Employer,
            Location = location,
            Locations = location is null ? [] : [location],
            Posted = JsonFeedPage.Date(vacature.Publicatiedatum),
            ValidThrough = JsonFeedPage.Date(vacature.Einddatum),
            Language = vacature.Taal?.Trim().ToLowerInvariant() ?? definition.Language ?? "nl",
            EmploymentType = EmploymentTypes(vacature),
            Salary = Salary(vacature.Loon),
        };
    }

    private static RawLocation? Location(VdabPlaats? place, string? defaultCountry)
    {
        if (place is null)
        {
            return null;
        }

        var text = string.Join(' ', new[] { place.Postcode, place.Gemeente }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return new RawLocation
        {
            Text = text.Length > 0 ? text : null,
            PostalCode = place.Postcode?.Trim(),
            Place = place.Gemeente?.Trim(),
            Country = place.Land?.Trim().ToUpperInvariant() ?? defaultCountry ?? "BE",
            Lat = place.Breedtegraad,
            Lon = place.Lengtegraad,
        };
    }

    /// <summary>The description, then the profile and its language requirements, so the normaliser sees them.</summary>
    private static string? Description(VdabVacature vacature)
    {
        var text = new StringBuilder();
        Append(vacature.Omschrijving);
        if (vacature.Profiel is { } profile)
        {
            Append(string.IsNullOrWhiteSpace(profile.Omschrijving) ? null : "Profiel: " + profile.Omschrijving.Trim());
            var languages = profile.Taalkennis
                .Where(t => !string.IsNullOrWhiteSpace(t.Taal))
                .Select(t => string.IsNullOrWhiteSpace(t.Niveau) ? t.Taal!.Trim() : $"{t.Taal!.Trim()} ({t.Niveau.Trim()})")
                .ToList();
            Append(languages.Count > 0 ? "Taalkennis: " + string.Join(", ", languages) : null);
            Append(profile.Diplomas.Count > 0 ? "Diploma: " + string.Join(", ", profile.Diplomas) : null);
            Append(profile.Rijbewijzen.Count > 0 ? "Rijbewijs: " + string.Join(", ", profile.Rijbewijzen) : null);
        }

        return text.Length > 0 ? text.ToString() : null;

        void Append(string? part)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(part.Trim());
            }
        }
    }

    private static List<string> EmploymentTypes(VdabVacature vacature)
    {
        var types = new List<string>();
        Add(vacature.Arbeidsregime?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "voltijds" => "FULL_TIME",
            "deeltijds" => "PART_TIME",
            var other => other,
        });
        Add(vacature.Contracttype?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "vast" => "PERMANENT",
            "tijdelijk" or "interim" => "TEMPORARY",
            "zelfstandige" => "CONTRACTOR",
            var other => other,
        });
        return types;

        void Add(string? type)
        {
            if (type is not null)
            {
                types.Add(type);
            }
        }
    }

    private static RawSalary? Salary(VdabLoon? pay) => pay is null ? null : new RawSalary
    {
        Min = pay.Minimum,
        Max = pay.Maximum,
        Currency = pay.Munt?.Trim().ToUpperInvariant() ?? (pay.Minimum ?? pay.Maximum) switch { null => null, _ => "EUR" },
        Period = pay.Periode?.Trim().ToLowerInvariant() switch
        {
            "uur" => "hour",
            "dag" => "day",
            "week" => "week",
            "maand" => "month",
            "jaar" => "year",
            _ => null,
        },
        Text = string.IsNullOrWhiteSpace(pay.Omschrijving) ? null : pay.Omschrijving.Trim(),
    };
}
