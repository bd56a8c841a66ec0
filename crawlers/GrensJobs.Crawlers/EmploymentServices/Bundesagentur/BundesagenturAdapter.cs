using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using Refit;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>
/// Reads the Bundesagentur für Arbeit Jobsuche (FORMATS.md b1) through a Refit client over the run's fetcher:
/// the query of the definition's settings (see <see cref="BundesagenturSettings"/>), partitioned past the
/// 10,000-result cap, with details for description, salary text, working-time models and fixed term. The
/// definition's URL is the API base (<c>https://rest.arbeitsagentur.de/jobboerse/jobsuche-service</c>).
/// </summary>
public sealed class BundesagenturAdapter : ISourceAdapter
{
    /// <summary>Requests in flight at once (the API's WAF answers 403 to bursts).</summary>
    public const int MaxParallelRequests = 2;

    public string Kind => SourceKinds.Bundesagentur;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<SourceProblem>();
        _ = BundesagenturSettings.Parse(definition, problems);
        if (definition.Url.Scheme != Uri.UriSchemeHttps && definition.Url.Scheme != Uri.UriSchemeHttp)
        {
            problems.Add(new SourceProblem("url", "The Jobsuche base URL must be http or https."));
        }

        return problems;
    }

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<SourceProblem>();
        var settings = BundesagenturSettings.Parse(context.Definition, problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The Bundesagentur source '{context.Definition.Id}' is invalid: {string.Join(" ", problems.Select(p => p.Message))}");
        }

        var (http, api) = RefitFeed.Create<IJobsucheApi>(context.Fetcher, context.Definition.Url, RefitFeed.ExactNames);
        using var client = http;
        using var reader = new JobsucheReader(api, context, settings.UseV6List, MaxParallelRequests);
        await foreach (var vacancy in reader.ReadAsync(settings.Query, cancellationToken).ConfigureAwait(false))
        {
            yield return vacancy;
        }
    }
}
