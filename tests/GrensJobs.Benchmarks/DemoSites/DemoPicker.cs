using GrensJobs.Corpus;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>Deals corpus vacancies out to the demo sites and adapts them to each site's employer and dates.</summary>
internal static class DemoPicker
{
    /// <summary>The fixed "today" of the demo data: posting dates lie before it, closing dates mostly in 2027.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    private const int CorpusLimit = 200_000;

    public static IReadOnlyDictionary<string, List<DemoJob>> Pick(IReadOnlyList<DemoSite> sites, int seed, string seedsDirectory)
    {
        var picked = sites.ToDictionary(s => s.Id, _ => new List<CorpusVacancy>(), StringComparer.Ordinal);
        var open = sites.Count;
        foreach (var vacancy in SyntheticCorpus.Vacancies(CorpusLimit, seed, seedsDirectory))
        {
            if (vacancy.RepostOf is not null || vacancy.PostalCode is null)
            {
                continue;
            }

            var site = sites.FirstOrDefault(s => picked[s.Id].Count < s.Quota && s.Accepts(vacancy));
            if (site is null)
            {
                continue;
            }

            picked[site.Id].Add(vacancy);
            if (picked[site.Id].Count == site.Quota && --open == 0)
            {
                break;
            }
        }

        var short_ = sites.FirstOrDefault(s => picked[s.Id].Count < s.Quota);
        if (short_ is not null)
        {
            throw new InvalidOperationException($"The corpus has too few vacancies for demo site '{short_.Id}'.");
        }

        return sites.ToDictionary(
            s => s.Id,
            s => picked[s.Id].Select((v, i) => Adapt(s, v, i, new Random(unchecked((seed * 7919) + (s.Index * 104_729) + i)))).ToList(),
            StringComparer.Ordinal);
    }

    private static DemoJob Adapt(DemoSite site, CorpusVacancy v, int number, Random random)
    {
        var employer = site.Employer ?? v.Employer;
        var posted = Today.AddDays(-random.Next(0, 50));
        return new DemoJob
        {
            Slug = Markup.Slug(v.Title, number + 1),
            Title = v.Title,
            DescriptionHtml = v.DescriptionHtml.Replace(v.Employer, employer, StringComparison.Ordinal),
            Employer = employer,
            Place = v.Place,
            PostalCode = v.PostalCode!,
            Country = v.Country,
            Lat = Math.Round(v.Lat, 4),
            Lon = Math.Round(v.Lon, 4),
            Nuts3 = v.Nuts3,
            Language = v.Language,
            Isco = v.Isco,
            FullTime = v.FullTime,
            HoursMin = v.HoursMin,
            HoursMax = v.HoursMax,
            Salary = v.Salary,
            Posted = posted,
            ValidThrough = posted.AddDays(random.Next(130, 220)),
        };
    }

    /// <summary>The title with <paramref name="marker"/>, replacing none that is there already.</summary>
    public static string WithMarker(string title, string marker)
    {
        if (title.Contains(marker, StringComparison.Ordinal))
        {
            return title;
        }

        var paren = title.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? $"{title[..paren]} {marker}{title[paren..]}" : $"{title} {marker}";
    }

    /// <summary>The job moved to another place of the same employer (title and text follow).</summary>
    public static DemoJob MoveTo(DemoJob job, string place, string postalCode, double lat, double lon)
    {
        var description = job.Place.Length >= 4 ? job.DescriptionHtml.Replace(job.Place, place, StringComparison.Ordinal) : job.DescriptionHtml;
        var title = job.Place.Length >= 4 ? job.Title.Replace(job.Place, place, StringComparison.Ordinal) : job.Title;
        return job with { Place = place, PostalCode = postalCode, Lat = lat, Lon = lon, DescriptionHtml = description, Title = title };
    }
}
