using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests;

/// <summary>
/// Setup shared by the loopback WireMock test sites: GET requests, canned responses, a fetcher over a plain handler,
/// a read context at a fixed time, and reading all vacancies of an adapter.
/// </summary>
internal static class TestSites
{
    public static IRequestBuilder Get(string path) => Request.Create().WithPath(path).UsingGet();

    public static Uri BaseUrl(this WireMockServer server) => new(server.Urls[0]);

    public static void Serve(
        this WireMockServer server, IRequestBuilder request, int status, string contentType, string body, int? priority = null) =>
        Given(server, request, priority).RespondWith(Respond(status, contentType).WithBody(body));

    public static void Serve(
        this WireMockServer server, IRequestBuilder request, int status, string contentType, byte[] body, int? priority = null) =>
        Given(server, request, priority).RespondWith(Respond(status, contentType).WithBody(body));

    public static HttpPageFetcher Fetcher(HttpMessageHandler? handler = null, FetchLimits? limits = null) =>
        new(handler ?? new SocketsHttpHandler(), limits ?? new FetchLimits(), disposePipeline: true);

    public static SourceReadContext Context(SourceDefinition definition, IPageFetcher fetcher, DateTimeOffset now) =>
        new(definition, fetcher, new FakeTimeProvider(now));

    public static async Task<List<RawVacancy>> ReadAllAsync(ISourceAdapter adapter, SourceReadContext context)
    {
        var vacancies = new List<RawVacancy>();
        await foreach (var vacancy in adapter.ReadAsync(context, TestContext.Current.CancellationToken))
        {
            vacancies.Add(vacancy);
        }

        return vacancies;
    }

    private static IRespondWithAProvider Given(WireMockServer server, IRequestBuilder request, int? priority) =>
        priority is { } order ? server.Given(request).AtPriority(order) : server.Given(request);

    private static IResponseBuilder Respond(int status, string contentType) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType);
}
