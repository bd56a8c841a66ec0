using GrensJobs.Core.Places;
using GrensJobs.Core.Text;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Places;

/// <summary>
/// Resolves raw locations (postal code, place name in any local language, free text or coordinates) to a place with
/// coordinates, NUTS-3 region and Euregios. Ambiguous names are settled by postal code, coordinates and country,
/// then by the larger population.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const double NearbyKm = 15;
    private const double PostalMatchKm = 25;

    /// <summary>Resolves a vacancy location; null only when nothing was given or nothing (not even a country) is known.</summary>
    public VacancyLocation? Resolve(RawLocation? location, string? fallbackCountry)
    {
        if (location is null)
        {
            return null;
        }

        if (ForeignCountry(location.Country) is { } foreign)
        {
            // A place the source puts outside NL, DE and BE is kept as it is given, with its country; no NUTS-3, no Euregio.
            return new VacancyLocation(
                Clean(location.Place) ?? Clean(location.Text), Clean(location.PostalCode), foreign, location.Lat, location.Lon, null, []);
        }

        var hasCoordinates = location.Lat is not null && location.Lon is not null;
        var match = Match(location, Countries.Normalise(fallbackCountry));
        if (match is not null)
        {
            return new VacancyLocation(
                match.Name,
                match.PostalCode,
                match.Country,
                hasCoordinates ? location.Lat : match.Lat,
                hasCoordinates ? location.Lon : match.Lon,
                match.Nuts3,
                match.Euregios);
        }

        var clues = LocationTextParser.Parse(location.Text);
        var country = Countries.Normalise(location.Country) ?? clues.Country ?? WorldCountries.FromText(location.Text)
            ?? Countries.Normalise(fallbackCountry);
        if (country is null)
        {
            return null;
        }

        var place = Clean(location.Place) ?? Clean(location.Text);
        return new VacancyLocation(place, Clean(location.PostalCode) ?? clues.PostalCode, country, location.Lat, location.Lon, null, []);
    }

    /// <summary>The ISO code of a country field naming a country other than NL, DE or BE ("US", "FR", "United Kingdom"); else null.</summary>
    private static string? ForeignCountry(string? country) =>
        Countries.Normalise(country) is null && (WorldCountries.FromCode(country) ?? WorldCountries.FromText(country)) is { } code
            && Countries.Normalise(code) is null
            ? code
            : null;

    /// <summary>Finds a place by any local name or postal code ("Aken", "Lüttich", "5911", "47623"); null when unknown.</summary>
    public ResolvedPlace? FindPlace(string nameOrPostalCode, string? preferredCountry) =>
        string.IsNullOrWhiteSpace(nameOrPostalCode)
            ? null
            : Match(new RawLocation { Text = nameOrPostalCode }, Countries.Normalise(preferredCountry));

    private ResolvedPlace? Match(RawLocation location, string? fallbackCountry)
    {
        var clues = LocationTextParser.Parse(location.Text);
        var explicitCountry = Countries.Normalise(location.Country) ?? clues.Country;
        var names = new List<string>(clues.Names.Count + 1);
        if (Clean(location.Place) is { } place)
        {
            names.Add(place);
        }

        names.AddRange(clues.Names);

        var rawPostal = Clean(location.PostalCode) ?? clues.PostalCode;
        var postal = rawPostal is null
            ? null
            : PostalCodes.Find(gazetteer, rawPostal, explicitCountry ?? clues.PostalCountry, fallbackCountry, names);

        var pointLat = location.Lat ?? postal?.Lat;
        var pointLon = location.Lon ?? postal?.Lon;
        var country = explicitCountry ?? postal?.Country;
        foreach (var name in names)
        {
            var candidates = Candidates(name);
            if (candidates.Count == 0)
            {
                continue;
            }

            var chosen = Choose(candidates, country, fallbackCountry, pointLat, pointLon);
            if (postal is not null && GeoDistance.Kilometres(chosen.Lat, chosen.Lon, postal.Lat, postal.Lon) > PostalMatchKm)
            {
                // The postal code and the name disagree: the postal code is more specific.
                return FromPostalCode(postal);
            }

            return new ResolvedPlace(
                chosen.Name,
                chosen.Country,
                postal?.Lat ?? chosen.Lat,
                postal?.Lon ?? chosen.Lon,
                chosen.Nuts3,
                postal is null ? null : PostalCodes.Display(postal, rawPostal!),
                gazetteer.EuregiosFor(chosen.Nuts3));
        }

        if (postal is not null)
        {
            return FromPostalCode(postal, rawPostal!);
        }

        if (location.Lat is { } lat && location.Lon is { } lon)
        {
            var nearest = gazetteer.Nearest(lat, lon, NearbyKm, explicitCountry);
            if (nearest is not null)
            {
                return new ResolvedPlace(nearest.Name, nearest.Country, lat, lon, nearest.Nuts3, null, gazetteer.EuregiosFor(nearest.Nuts3));
            }
        }

        return null;
    }

    private ResolvedPlace FromPostalCode(PostalCodeEntry postal, string? rawPostal = null)
    {
        var nearest = gazetteer.Nearest(postal.Lat, postal.Lon, PostalMatchKm, postal.Country);
        return new ResolvedPlace(
            postal.Place,
            postal.Country,
            postal.Lat,
            postal.Lon,
            nearest?.Nuts3,
            PostalCodes.Display(postal, rawPostal ?? postal.Code),
            gazetteer.EuregiosFor(nearest?.Nuts3));
    }

    private IReadOnlyList<GazetteerPlace> Candidates(string name)
    {
        var folded = NameKey.Of(name);
        var found = gazetteer.FindByName(folded);
        if (found.Count > 0)
        {
            return found;
        }

        // "Mönchengladbach Rheydt", "Aachen Innenstadt", "Gemeente Venlo": drop a leading or trailing word.
        var words = folded.Split(' ');
        if (words.Length is < 2 or > 4)
        {
            return [];
        }

        found = gazetteer.FindByName(string.Join(' ', words[..^1]));
        return found.Count > 0 ? found : gazetteer.FindByName(string.Join(' ', words[1..]));
    }

    private static GazetteerPlace Choose(
        IReadOnlyList<GazetteerPlace> candidates, string? country, string? fallbackCountry, double? lat, double? lon)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        IEnumerable<GazetteerPlace> pool = candidates;
        if (country is not null && candidates.Any(c => string.Equals(c.Country, country, StringComparison.Ordinal)))
        {
            pool = candidates.Where(c => string.Equals(c.Country, country, StringComparison.Ordinal));
        }

        if (lat is { } la && lon is { } lo)
        {
            var near = pool
                .Select(c => (Place: c, Km: GeoDistance.Kilometres(la, lo, c.Lat, c.Lon)))
                .Where(x => x.Km <= PostalMatchKm)
                .OrderBy(x => x.Km)
                .FirstOrDefault();
            if (near.Place is not null)
            {
                return near.Place;
            }
        }

        return pool
            .OrderByDescending(c => fallbackCountry is not null && string.Equals(c.Country, fallbackCountry, StringComparison.Ordinal))
            .ThenByDescending(c => c.Population)
            .ThenBy(c => c.GeonameId)
            .First();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
