using System.Runtime.CompilerServices;
using System.Text.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>Softgarden schema.org DataFeed <c>GET {Url}/jobs.feed.json</c>: one JobPosting per feed element.</summary>
internal sealed class SoftgardenAdapter : ISourceAdapter
{
    public string Kind => SourceKinds.Softgarden;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => AtsSettings.None(definition);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = AtsSettings.Append(context.Definition.Url, "jobs.feed.json");
        using var document = await AtsHttp.GetJsonAsync(context, url, cancellationToken).ConfigureAwait(false);
        foreach (var element in AtsHttp.RequireArray(document, url, "dataFeedElement").EnumerateArray())
        {
            if (element.Get("item") is { ValueKind: JsonValueKind.Object } item && Map(item, context.Definition) is { } vacancy)
            {
                yield return vacancy;
            }
        }
    }

    private static RawVacancy? Map(JsonElement posting, SourceDefinition definition)
    {
        var id = posting.Get("identifier") is { } identifier
            ? identifier.ValueKind == JsonValueKind.Object ? identifier.Text("value") : AtsJson.AsText(identifier)
            : null;
        var title = posting.Text("title");
        if (id is null || title is null)
        {
            return null;
        }

        List<RawLocation> locations = [.. posting.Items("jobLocation").Select(place => Location(place, definition)).OfType<RawLocation>()];
        return new RawVacancy
        {
            Id = id,
            Url = posting.Text("url"),
            Title = title,
            Description = posting.Text("description"),
            Employer = posting.Get("hiringOrganization")?.Text("name") ?? definition.Employer,
            Location = locations.FirstOrDefault(),
            Locations = locations.Count > 1 ? locations[1..] : [],
            Posted = AtsJson.IsoDate(posting.Text("datePosted")),
            ValidThrough = AtsJson.IsoDate(posting.Text("validThrough")),
            Language = AtsJson.Language(posting.Text("inLanguage")) ?? definition.Language,
            EmploymentType = posting.Texts("employmentType"),
        };
    }

    private static RawLocation? Location(JsonElement place, SourceDefinition definition)
    {
        if (place.Get("address") is not { ValueKind: JsonValueKind.Object } address)
        {
            return null;
        }

        var country = address.Get("addressCountry") is { } value
            ? value.ValueKind == JsonValueKind.Object ? value.Text("name") : AtsJson.AsText(value)
            : null;
        var postalCode = address.Text("postalCode");
        var locality = address.Text("addressLocality");
        return new RawLocation
        {
            Text = string.Join(' ', new[] { postalCode, locality }.OfType<string>()) is { Length: > 0 } text ? text : null,
            PostalCode = postalCode,
            Place = locality,
            Country = AtsJson.Country(country) ?? definition.Country,
            Lat = place.Get("geo")?.Double("latitude"),
            Lon = place.Get("geo")?.Double("longitude"),
        };
    }
}
