using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using GrensJobs.Ingestion.Crawling;
using GrensJobs.Normalisation;
using GrensJobs.Storage;
using GrensJobs.Storage.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Ingestion.Tests.Crawling;

/// <summary>A crawl runner over a real store in a temporary data directory, with the listing adapter as its source.</summary>
internal sealed class CrawlHarness : IAsyncDisposable
{
    private readonly string directory =
        Path.Combine(Path.GetTempPath(), "grensjobs-ingestion-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    public CrawlHarness()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddNormalisation();
        collection.AddStore(directory);
        collection.AddSingleton<ISourceAdapter>(Adapter);
        collection.AddSingleton<IPageFetcherFactory, PlainFetchers>();
        collection.AddIngestion();
        services = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

    public ListedAdapter Adapter { get; } = new();

    public SourceDefinition Definition { get; } = new()
    {
        Id = "mueller-gmbh",
        Kind = ListedAdapter.KindName,
        Url = new Uri("https://karriere.mueller-metallbau.de/stellen"),
        Employer = "Müller Metallbau GmbH",
        Country = "DE",
        Language = "de",
    };

    public CrawlRunner Runner => services.GetRequiredService<CrawlRunner>();

    public IVacancyStore Store => services.GetRequiredService<IVacancyStore>();

    public ICrawlLog CrawlLog => services.GetRequiredService<ICrawlLog>();

    public static RawVacancy Job(int number, DateOnly? validThrough = null) => new()
    {
        Id = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Url = $"https://karriere.mueller-metallbau.de/stellen/{number}",
        Title = number % 2 == 0 ? $"Schweißer (m/w/d) Standort {number}" : $"Lagerist (m/w/d) Schicht {number}",
        Description = $"<p>Für unseren Standort Nummer {number} in Kevelaer suchen wir Verstärkung. Gute Deutschkenntnisse.</p>",
        Location = new RawLocation { Text = "47623 Kevelaer", PostalCode = "47623", Place = "Kevelaer" },
        ValidThrough = validThrough,
    };

    public void List(params int[] numbers)
    {
        Adapter.Listing.Clear();
        Adapter.Listing.AddRange(numbers.Select(number => Job(number)));
    }

    public Task<CrawlReport> RunAsync(CrawlRequest? request = null) =>
        Runner.RunAsync(Definition, request ?? new CrawlRequest(), TestContext.Current.CancellationToken);

    public async Task<VacancyStatus?> StatusAsync(int number) =>
        (await Store.GetAsync(Definition.Id, number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TestContext.Current.CancellationToken))?.Status;

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
