using GrensJobs.Cli;
using GrensJobs.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Tests.Demo;

/// <summary>The duplicate pair seeds/demo/README.md documents is one cluster after the README's own import.</summary>
public sealed class SampleVacanciesDedupTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("grensjobs-demo-dedup-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_SampleVacanciesIntoACleanStore_PutsTheDocumentedPairInOneCluster()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "seeds", "demo", "sample-vacancies.jsonl");
        await using var services = BuildServices();
        using var report = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(new ImportOptions(file, Strict: false, Show: false), services, report, Token);

        Assert.Equal(ExitCodes.Success, exitCode);
        var store = services.GetRequiredService<IVacancyStore>();
        var site = await store.GetAsync("mueller-gmbh", "42", Token);
        var jobboerse = await store.GetAsync("ba-demo", "BA-10000-1201554321-S", Token);
        Assert.Equal("mueller-gmbh/42", site!.Cluster);
        Assert.Equal(site.Cluster, jobboerse!.Cluster);
        // The employer's other posting at the same place (an apprenticeship) stays a vacancy of its own.
        Assert.Equal("mueller-gmbh/kevelaer-ausb-5", (await store.GetAsync("mueller-gmbh", "kevelaer-ausb-5", Token))!.Cluster);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    /// <summary>The demo's postings are valid through 2027-12-31; the clock is set before that, as in the demo's story.</summary>
    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProduct(new ConfigurationBuilder().Build(), _dataDirectory);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)));
        return services.BuildServiceProvider();
    }
}
