using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

/// <summary>Shared plumbing of the employment-service feed tests: fetcher over a plain handler, fixtures, reading.</summary>
internal static class FeedTestKit
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "EmploymentServices", name));

    public static SourceDefinition Definition(
        string kind, string url, IReadOnlyDictionary<string, string>? settings = null, string? country = null) => new()
    {
        Id = kind + "-test",
        Kind = kind,
        Url = new Uri(url),
        Country = country,
        AllowPrivateAddresses = true,
        Settings = settings is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(settings, StringComparer.OrdinalIgnoreCase),
    };

    public static HttpPageFetcher Fetcher(HttpMessageHandler? handler = null, int maxPages = 2_000) =>
        new(handler ?? new SocketsHttpHandler(), new FetchLimits { MaxPages = maxPages }, disposePipeline: true);

    public static SourceReadContext Context(SourceDefinition definition, IPageFetcher fetcher) =>
        new(definition, fetcher, new FakeTimeProvider(Now));

    public static async Task<List<RawVacancy>> ReadAllAsync(
        ISourceAdapter adapter, SourceReadContext context, CancellationToken cancellationToken)
    {
        var vacancies = new List<RawVacancy>();
        await foreach (var vacancy in adapter.ReadAsync(context, cancellationToken))
        {
            vacancies.Add(vacancy);
        }

        return vacancies;
    }
}
