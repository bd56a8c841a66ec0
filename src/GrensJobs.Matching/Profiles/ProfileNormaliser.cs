using GrensJobs.Core.Profiles;
using GrensJobs.Normalisation;

namespace GrensJobs.Matching.Profiles;

/// <summary>
/// Resolves what a profile says into what the matcher uses: every desired occupation to ISCO-08 (and ESCO where
/// known) — an official national title through the occupation linker, its national code kept beside it — and the
/// home to a place with coordinates, NUTS-3 region and Euregios. What cannot be resolved is kept and reported.
/// </summary>
public sealed class ProfileNormaliser(VacancyNormaliser normaliser)
{
    public NormalisedProfile Normalise(JobseekerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var warnings = new List<string>();
        var occupations = new List<ResolvedOccupation>(profile.DesiredOccupations.Count);
        for (var i = 0; i < profile.DesiredOccupations.Count; i++)
        {
            var occupation = Resolve(profile.DesiredOccupations[i], profile.Home?.Country);
            if (!occupation.IsResolved)
            {
                warnings.Add($"desiredOccupations[{i}]: \"{profile.DesiredOccupations[i].Title ?? profile.DesiredOccupations[i].Esco}\" names no occupation GrensJobs knows; give an ISCO-08 code or an ESCO URI");
            }

            occupations.Add(occupation);
        }

        var home = ResolveHome(profile.Home);
        if (profile.Home is not null && home is null)
        {
            warnings.Add($"home: \"{profile.Home.PostalCode ?? profile.Home.Place ?? profile.Home.Country}\" is not a known place; distances cannot be computed");
        }

        return new NormalisedProfile { Profile = profile, Occupations = occupations, Home = home, Warnings = warnings };
    }

    private ResolvedOccupation Resolve(DesiredOccupation desired, string? country)
    {
        if (desired.Esco is { } esco && normaliser.FindOccupation(esco) is { } concept)
        {
            return new ResolvedOccupation(concept.Isco, concept.Esco, concept.Label, 1.0, "esco");
        }

        if (desired.Isco is { } isco)
        {
            return new ResolvedOccupation(isco, null, normaliser.IscoGroupLabels(isco) ?? new Dictionary<string, string>(), 1.0, "isco");
        }

        if (desired.Title is { } title && normaliser.LinkOccupation(title, null, country) is { } linked)
        {
            return new ResolvedOccupation(linked.Isco, linked.Esco, linked.Label, linked.Confidence, "title");
        }

        return new ResolvedOccupation(null, null, new Dictionary<string, string>(), 0, desired.Title is null ? "esco" : "title");
    }

    private ResolvedHome? ResolveHome(ProfileHome? home)
    {
        if (home is null)
        {
            return null;
        }

        if (home.Lat is { } lat && home.Lon is { } lon && home.Country is { } country)
        {
            var near = home.PostalCode is { } code ? normaliser.FindPlace(code, country) : null;
            near ??= home.Place is { } name ? normaliser.FindPlace(name, country) : null;
            return new ResolvedHome(home.Place ?? near?.Name, country, lat, lon, near?.Nuts3, near?.Euregios ?? []);
        }

        var place = (home.PostalCode is { } postal ? normaliser.FindPlace(postal, home.Country) : null)
            ?? (home.Place is { } placeName ? normaliser.FindPlace(placeName, home.Country) : null);
        if (place is null || (home.Country is { } expected && !string.Equals(place.Country, expected, StringComparison.Ordinal)))
        {
            return null;
        }

        return new ResolvedHome(home.Place ?? place.Name, place.Country, place.Lat, place.Lon, place.Nuts3, place.Euregios);
    }
}
