using System.Runtime.CompilerServices;
using System.Text.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Recruitee careers-site API <c>GET {Url}/api/offers/</c>: every published offer, no paging. The employment type,
/// hours and education codes become the contract, the weekly hours and the EQF level (<see cref="RecruiteeCodes"/>).
/// </summary>
internal sealed class RecruiteeAdapter : ISourceAdapter
{
    public string Kind => SourceKinds.Recruitee;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => AtsSettings.None(definition);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = AtsSettings.Append(context.Definition.Url, "api/offers/");
        using var document = await AtsHttp.GetJsonAsync(context, url, cancellationToken).ConfigureAwait(false);
        foreach (var offer in AtsHttp.RequireArray(document, url, "offers").EnumerateArray())
        {
            var status = offer.Text("status");
            if (status is not null && !string.Equals(status, "published", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Map(offer, context.Definition) is { } vacancy)
            {
                yield return vacancy;
            }
        }
    }

    private static RawVacancy? Map(JsonElement offer, SourceDefinition definition)
    {
        var id = offer.Text("id");
        var title = offer.Text("title");
        if (id is null || title is null)
        {
            return null;
        }

        var description = string.Concat(offer.Text("description"), offer.Text("requirements"));
        var employmentType = offer.Text("employment_type_code");
        return new RawVacancy
        {
            Id = id,
            Url = offer.Text("careers_url"),
            Title = title,
            Description = description.Length == 0 ? null : description,
            Employer = offer.Text("company_name") ?? definition.Employer,
            Location = offer.Text("location") is null && offer.Text("city") is null && offer.Text("postal_code") is null
                && offer.Text("country_code") is null
                ? null
                : new RawLocation
                {
                    Text = offer.Text("location"),
                    Place = offer.Text("city"),
                    PostalCode = offer.Text("postal_code"),
                    Country = AtsJson.Country(offer.Text("country_code")) ?? definition.Country,
                },
            Locations = [.. offer.Items("locations").Where(item => item.ValueKind == JsonValueKind.Object)
                .Select(item => new RawLocation
                {
                    Text = item.Text("name"),
                    Place = item.Text("city"),
                    PostalCode = item.Text("postal_code"),
                    Country = AtsJson.Country(item.Text("country_code")) ?? definition.Country,
                })],
            Posted = AtsJson.IsoDate(offer.Text("published_at") ?? offer.Text("created_at")),
            Language = definition.Language,
            EmploymentType = [.. new[] { employmentType }.OfType<string>()],
            Contract = RecruiteeCodes.Contract(employmentType),
            Hours = RecruiteeCodes.Hours(employmentType, offer.Decimal("min_hours"), offer.Decimal("max_hours")),
            Education = RecruiteeCodes.Education(offer.Text("education_code")),
            Salary = Salary(offer.Get("salary")),
            Remote = AtsJson.Remote(null, offer.Bool("remote"), offer.Bool("hybrid"), offer.Bool("on_site")),
        };
    }

    private static RawSalary? Salary(JsonElement? salary)
    {
        if (salary is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var min = value.Decimal("min");
        var max = value.Decimal("max");
        return min is null && max is null
            ? null
            : new RawSalary { Min = min, Max = max, Currency = value.Text("currency"), Period = value.Text("period") };
    }
}
