using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Workday candidate experience API (<c>settings.tenant</c>, <c>settings.site</c>, optional <c>settings.pageSize</c>
/// ≤ 20; Url is the tenant host <c>https://{tenant}.wd{N}.myworkdayjobs.com</c>): <c>POST
/// {Url}/wday/cxs/{tenant}/{site}/jobs</c> paged by the first page's <c>total</c>, then each posting's detail
/// <c>GET {Url}/wday/cxs/{tenant}/{site}{externalPath}</c>.
/// </summary>
internal sealed class WorkdayAdapter : ISourceAdapter
{
    public const string TenantKey = "tenant";
    public const string SiteKey = "site";
    public const int DefaultPageSize = 20;

    public string Kind => SourceKinds.Workday;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => AtsSettings.RequirePaged(definition, 20, TenantKey, SiteKey);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Definition;
        var root = $"wday/cxs/{AtsSettings.RequiredSegment(definition, TenantKey)}/{AtsSettings.RequiredSegment(definition, SiteKey)}";
        var limit = AtsSettings.PageSize(definition, DefaultPageSize);
        var listUrl = AtsSettings.Append(definition.Url, root + "/jobs");
        var postings = AtsHttp.ReadByOffsetAsync<(string Path, RawVacancy Vacancy)>(context, "Workday", limit,
            (offset, token) => ListAsync(context, listUrl, limit, offset, token),
            // Workday states the total on the first page only (later pages say 0).
            (document, _) => (document.RootElement.Int64("total"),
                [.. AtsHttp.RequireArray(document, listUrl, "jobPostings").EnumerateArray()
                    .Select(posting => Map(posting, root, context)).OfType<(string Path, RawVacancy Vacancy)>()]),
            cancellationToken);
        await foreach (var (path, vacancy) in postings.ConfigureAwait(false))
        {
            yield return await WithDetailAsync(context, AtsSettings.Append(definition.Url, root + path), vacancy, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static async Task<JsonDocument> ListAsync(
        SourceReadContext context, Uri listUrl, int limit, int offset, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, listUrl)
        {
            Content = new StringContent(
                string.Create(CultureInfo.InvariantCulture, $$"""{"appliedFacets":{},"limit":{{limit}},"offset":{{offset}},"searchText":""}"""),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await AtsHttp.SendJsonAsync(context, request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<RawVacancy> WithDetailAsync(
        SourceReadContext context, Uri url, RawVacancy vacancy, CancellationToken cancellationToken)
    {
        try
        {
            using var detail = await AtsHttp.GetJsonAsync(context, url, cancellationToken).ConfigureAwait(false);
            if (detail.RootElement.Get("jobPostingInfo") is not { ValueKind: JsonValueKind.Object } info)
            {
                throw new AtsFeedException(url, "the JSON has no 'jobPostingInfo'", malformed: true);
            }

            var country = context.Definition.Country;
            List<RawLocation> additional = [.. info.Texts("additionalLocations").Select(place => new RawLocation { Text = place, Country = country })];
            return vacancy with
            {
                Title = info.Text("title") ?? vacancy.Title,
                Description = info.Text("jobDescription"),
                Url = info.Text("externalUrl") ?? vacancy.Url,
                Employer = detail.RootElement.Get("hiringOrganization")?.Text("name") ?? vacancy.Employer,
                Location = info.Text("location") is { } place ? new RawLocation { Text = place, Country = country } : vacancy.Location,
                Locations = additional,
                Posted = AtsJson.IsoDate(info.Text("startDate"))
                    ?? RelativePostedDate.Parse(info.Text("postedOn"), context.Today) ?? vacancy.Posted,
                EmploymentType = info.Text("timeType") is { } time ? [time] : vacancy.EmploymentType,
            };
        }
        catch (Exception exception) when (AtsHttp.IsDetailFailure(exception))
        {
            context.ReportProblem($"Workday posting {vacancy.Id} detail could not be read; list data kept: {exception.Message}");
            return vacancy;
        }
    }

    private static (string Path, RawVacancy Vacancy)? Map(JsonElement posting, string root, SourceReadContext context)
    {
        var path = posting.Text("externalPath");
        var title = posting.Text("title");
        if (path is null || title is null)
        {
            return null;
        }

        var definition = context.Definition;
        var site = root[(root.LastIndexOf('/') + 1)..];
        return (path, new RawVacancy
        {
            Id = RequisitionId(path),
            Url = AtsSettings.Append(definition.Url, site + path).ToString(),
            Title = title,
            Employer = definition.Employer,
            Location = posting.Text("locationsText") is { } place ? new RawLocation { Text = place, Country = definition.Country } : null,
            Posted = RelativePostedDate.Parse(posting.Text("postedOn"), context.Today),
            Language = definition.Language,
        });
    }

    /// <summary>The requisition id at the end of an external path (<c>/job/Aachen/Elektroniker--m-w-d-_R-10422</c> → R-10422).</summary>
    internal static string RequisitionId(string externalPath)
    {
        var slash = externalPath.LastIndexOf('/');
        var last = externalPath[(slash + 1)..];
        var underscore = last.LastIndexOf('_');
        return underscore >= 0 && underscore < last.Length - 1 ? last[(underscore + 1)..] : externalPath;
    }
}
