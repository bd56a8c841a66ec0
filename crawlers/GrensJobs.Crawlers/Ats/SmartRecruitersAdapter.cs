using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// SmartRecruiters posting API (<c>settings.company</c>, optional <c>settings.pageSize</c> ≤ 100; public host
/// <see cref="DefaultUrl"/>): <c>GET {Url}/v1/companies/{company}/postings?limit=&amp;offset=</c> paged by
/// <c>totalFound</c>, then each posting's detail for its job ad sections and posting URL.
/// </summary>
internal sealed class SmartRecruitersAdapter : ISourceAdapter
{
    public const string CompanyKey = "company";

    public const int DefaultPageSize = 100;

    public static readonly Uri DefaultUrl = new("https://api.smartrecruiters.com");

    private static readonly string[] Sections = ["companyDescription", "jobDescription", "qualifications", "additionalInformation"];

    public string Kind => SourceKinds.SmartRecruiters;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => AtsSettings.RequirePaged(definition, 100, CompanyKey);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Definition;
        var company = AtsSettings.RequiredSegment(definition, CompanyKey);
        var limit = AtsSettings.PageSize(definition, DefaultPageSize);
        Uri PageUrl(int offset) => AtsSettings.Append(definition.Url,
            string.Create(CultureInfo.InvariantCulture, $"v1/companies/{company}/postings?limit={limit}&offset={offset}"));
        var postings = AtsHttp.ReadByOffsetAsync<RawVacancy>(context, "SmartRecruiters", limit,
            (offset, token) => AtsHttp.GetJsonAsync(context, PageUrl(offset), token),
            (document, offset) => (document.RootElement.Int64("totalFound"),
                [.. AtsHttp.RequireArray(document, PageUrl(offset), "content").EnumerateArray()
                    .Select(posting => Map(posting, company, definition)).OfType<RawVacancy>()]),
            cancellationToken);
        await foreach (var vacancy in postings.ConfigureAwait(false))
        {
            yield return await WithDetailAsync(context, company, vacancy, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<RawVacancy> WithDetailAsync(
        SourceReadContext context, string company, RawVacancy vacancy, CancellationToken cancellationToken)
    {
        var url = AtsSettings.Append(context.Definition.Url, $"v1/companies/{company}/postings/{Uri.EscapeDataString(vacancy.Id!)}");
        try
        {
            using var detail = await AtsHttp.GetJsonAsync(context, url, cancellationToken).ConfigureAwait(false);
            var root = detail.RootElement;
            return vacancy with
            {
                Description = Description(root.Get("jobAd")?.Get("sections")) ?? vacancy.Description,
                Url = root.Text("postingUrl") ?? vacancy.Url,
            };
        }
        catch (Exception exception) when (AtsHttp.IsDetailFailure(exception))
        {
            context.ReportProblem($"SmartRecruiters posting {vacancy.Id} detail could not be read; list data kept: {exception.Message}");
            return vacancy;
        }
    }

    private static RawVacancy? Map(JsonElement posting, string company, SourceDefinition definition)
    {
        var id = posting.Text("id");
        var title = posting.Text("name");
        if (id is null || title is null)
        {
            return null;
        }

        var location = posting.Get("location");
        var type = posting.Get("typeOfEmployment") is { } employment
            ? employment.ValueKind == JsonValueKind.Object ? employment.Text("label") ?? employment.Text("id") : AtsJson.AsText(employment)
            : null;
        var language = posting.Get("language") is { } code
            ? code.ValueKind == JsonValueKind.Object ? code.Text("code") : AtsJson.AsText(code)
            : null;
        return new RawVacancy
        {
            Id = id,
            Url = $"https://jobs.smartrecruiters.com/{company}/{Uri.EscapeDataString(id)}",
            Title = title,
            Employer = posting.Get("company")?.Text("name") ?? definition.Employer,
            Location = location is { } place ? Location(place, definition) : null,
            Posted = AtsJson.IsoDate(posting.Text("releasedDate")),
            Language = AtsJson.Language(language) ?? definition.Language,
            EmploymentType = [.. new[] { type }.OfType<string>()],
            Remote = location is { } where ? AtsJson.Remote(null, where.Bool("remote"), where.Bool("hybrid")) : null,
        };
    }

    private static RawLocation Location(JsonElement place, SourceDefinition definition) => new()
    {
        Text = place.Text("fullLocation")
            ?? (string.Join(", ", new[] { place.Text("city"), place.Text("region") }.OfType<string>()) is { Length: > 0 } text ? text : null),
        Place = place.Text("city"),
        PostalCode = place.Text("postalCode"),
        Country = AtsJson.Country(place.Text("country")) ?? definition.Country,
        Lat = place.Double("latitude"),
        Lon = place.Double("longitude"),
    };

    private static string? Description(JsonElement? sections)
    {
        if (sections is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var name in Sections)
        {
            if (value.Get(name) is not { } section || section.Text("text") is not { } body)
            {
                continue;
            }

            if (section.Text("title") is { } heading)
            {
                text.AppendHeading(heading);
            }

            text.Append(body);
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
