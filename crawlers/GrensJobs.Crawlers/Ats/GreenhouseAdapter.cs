using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Greenhouse job board API <c>GET {Url}/v1/boards/{board}/jobs?content=true</c> (<c>settings.board</c>; the
/// public host is <see cref="DefaultUrl"/>). The <c>content</c> HTML comes entity-escaped and is decoded once.
/// </summary>
internal sealed class GreenhouseAdapter : ISourceAdapter
{
    public const string BoardKey = "board";

    public static readonly Uri DefaultUrl = new("https://boards-api.greenhouse.io");

    public string Kind => SourceKinds.Greenhouse;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => AtsSettings.RequireAll(definition, BoardKey);

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var board = AtsSettings.RequiredSegment(context.Definition, BoardKey);
        var url = AtsSettings.Append(context.Definition.Url, $"v1/boards/{board}/jobs?content=true");
        using var document = await AtsHttp.GetJsonAsync(context, url, cancellationToken).ConfigureAwait(false);
        foreach (var job in AtsHttp.RequireArray(document, url, "jobs").EnumerateArray())
        {
            if (Map(job, context.Definition) is { } vacancy)
            {
                yield return vacancy;
            }
        }
    }

    private static RawVacancy? Map(JsonElement job, SourceDefinition definition)
    {
        var id = job.Text("id");
        var title = job.Text("title");
        if (id is null || title is null)
        {
            return null;
        }

        var location = job.Get("location")?.Text("name");
        return new RawVacancy
        {
            Id = id,
            Url = job.Text("absolute_url"),
            Title = title,
            Description = job.Text("content") is { } content ? WebUtility.HtmlDecode(content) : null,
            Employer = job.Text("company_name") ?? definition.Employer,
            Location = location is null ? null
                : new RawLocation { Text = location, Country = WorldCountries.FromText(location) ?? definition.Country },
            Posted = AtsJson.IsoDate(job.Text("first_published") ?? job.Text("updated_at")),
            Language = AtsJson.Language(job.Text("language")) ?? definition.Language,
        };
    }
}
