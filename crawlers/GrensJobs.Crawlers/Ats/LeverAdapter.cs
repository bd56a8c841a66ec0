using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Lever postings API <c>GET {Url}/v0/postings/{site}?mode=json&amp;skip=&amp;limit=</c> (<c>settings.site</c>,
/// optional <c>settings.pageSize</c>, default 100; the EU host is <see cref="DefaultUrl"/>), paged until a short page.
/// </summary>
internal sealed class LeverAdapter : ISourceAdapter
{
    public const string SiteKey = "site";

    public const int DefaultPageSize = 100;

    public static readonly Uri DefaultUrl = new("https://api.eu.lever.co");

    public string Kind => SourceKinds.Lever;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => AtsSettings.RequirePaged(definition, 1000, SiteKey);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Definition;
        var site = AtsSettings.RequiredSegment(definition, SiteKey);
        var limit = AtsSettings.PageSize(definition, DefaultPageSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var skip = 0; ; skip += limit)
        {
            var url = AtsSettings.Append(definition.Url,
                string.Create(CultureInfo.InvariantCulture, $"v0/postings/{site}?mode=json&skip={skip}&limit={limit}"));
            JsonDocument document;
            try
            {
                document = await AtsHttp.GetJsonAsync(context, url, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (skip > 0 && AtsHttp.IsPageFailure(exception))
            {
                context.ReportProblem($"Lever page at skip {skip} could not be read; later pages were not tried: {exception.Message}");
                yield break;
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new AtsFeedException(url, "the JSON is not an array of postings", malformed: true);
                }

                var count = 0;
                var fresh = 0;
                foreach (var posting in document.RootElement.EnumerateArray())
                {
                    count++;
                    if (Map(posting, definition) is { } vacancy && seen.Add(vacancy.Id!))
                    {
                        fresh++;
                        yield return vacancy;
                    }
                }

                if (count < limit || fresh == 0)
                {
                    yield break;
                }
            }
        }
    }

    private static RawVacancy? Map(JsonElement posting, SourceDefinition definition)
    {
        var id = posting.Text("id");
        var title = posting.Text("text");
        if (id is null || title is null)
        {
            return null;
        }

        var categories = posting.Get("categories");
        var stated = AtsJson.Country(posting.Text("country"));
        var primary = categories?.Text("location");
        return new RawVacancy
        {
            Id = id,
            Url = posting.Text("hostedUrl"),
            Title = title,
            Description = Description(posting),
            Employer = definition.Employer,
            // The posting's country is that of its first place; each other place says its own, else shares it.
            Location = primary is null ? null
                : new RawLocation { Text = primary, Country = stated ?? WorldCountries.FromText(primary) ?? definition.Country },
            Locations = categories is { } values
                ? [.. values.Texts("allLocations").Where(place => !string.Equals(place, primary, StringComparison.Ordinal))
                    .Select(place => new RawLocation { Text = place, Country = WorldCountries.FromText(place) ?? stated ?? definition.Country })]
                : [],
            Posted = posting.Int64("createdAt") is { } epoch
                ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(epoch).UtcDateTime)
                : null,
            Language = definition.Language,
            EmploymentType = [.. new[] { categories?.Text("commitment") }.OfType<string>()],
            Salary = Salary(posting.Get("salaryRange"), posting.Text("salaryDescriptionPlain")),
            Remote = AtsJson.Remote(posting.Text("workplaceType")),
        };
    }

    private static string? Description(JsonElement posting)
    {
        var text = new StringBuilder(posting.Text("description"));
        foreach (var list in posting.Items("lists").Where(list => list.ValueKind == JsonValueKind.Object))
        {
            if (list.Text("text") is { } heading)
            {
                text.AppendHeading(heading);
            }

            if (list.Text("content") is { } items)
            {
                text.Append("<ul>").Append(items).Append("</ul>");
            }
        }

        text.Append(posting.Text("additional"));
        return text.Length == 0 ? null : text.ToString();
    }

    private static RawSalary? Salary(JsonElement? range, string? description)
    {
        var min = range?.Decimal("min");
        var max = range?.Decimal("max");
        if (min is null && max is null && description is null)
        {
            return null;
        }

        return new RawSalary
        {
            Min = min,
            Max = max,
            Currency = range?.Text("currency"),
            Period = Period(range?.Text("interval")),
            Text = description,
        };
    }

    /// <summary>"per-year-salary" → year, "per-month-salary" → month, "per-hour-wage" → hour…</summary>
    internal static string? Period(string? interval)
    {
        if (interval is null)
        {
            return null;
        }

        foreach (var period in (ReadOnlySpan<string>)["hour", "day", "week", "month", "year"])
        {
            if (interval.Contains(period, StringComparison.OrdinalIgnoreCase))
            {
                return period;
            }
        }

        return null;
    }
}
