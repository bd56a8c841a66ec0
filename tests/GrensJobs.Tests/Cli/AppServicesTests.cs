using GrensJobs.Cli;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Tests.Cli;

public sealed class AppServicesTests
{
    [Fact]
    public async Task Build_EnvironmentVariable_OverridesAppSettingsAndDataDirectoryWins()
    {
        var data = Directory.CreateTempSubdirectory("grensjobs-config-").FullName;
        Environment.SetEnvironmentVariable("GrensJobs__Store__BusyTimeoutMs", "12345");
        Environment.SetEnvironmentVariable("GrensJobs__Store__DataDirectory", "/somewhere/else");
        try
        {
            await using var services = AppServices.Build(data);

            var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;

            Assert.Equal(12345, options.BusyTimeoutMs);
            Assert.Equal(data, options.DataDirectory);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GrensJobs__Store__BusyTimeoutMs", null);
            Environment.SetEnvironmentVariable("GrensJobs__Store__DataDirectory", null);
            Directory.Delete(data, recursive: true);
        }
    }
}
