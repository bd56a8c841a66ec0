using GrensJobs.Storage.Sources;
using GrensJobs.Storage.Tests.Sqlite;
using GrensJobs.Storage.Tests.Vacancies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddStore_DataDirectory_ResolvesOneSingletonStoreAndCrawlLogOnThatDirectory()
    {
        var services = new ServiceCollection().AddLogging().AddStore(_directory.Path);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IVacancyStore>();
        await store.UpsertAsync([TestVacancies.Schweisser()], Token);

        Assert.Same(store, provider.GetRequiredService<IVacancyStore>());
        Assert.Same(store, provider.GetRequiredService<ICrawlLog>());
        Assert.True(File.Exists(Path.Combine(_directory.Path, "grensjobs.db")));
    }

    [Theory]
    [InlineData("", 30_000)]
    [InlineData("data", 10)]
    public async Task AddStore_InvalidOptions_FailsValidation(string directory, int busyTimeoutMs)
    {
        var services = new ServiceCollection().AddLogging()
            .AddStore(directory, options => options.BusyTimeoutMs = busyTimeoutMs);
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StoreOptions>>().Value);
    }

    public void Dispose() => _directory.Dispose();
}
