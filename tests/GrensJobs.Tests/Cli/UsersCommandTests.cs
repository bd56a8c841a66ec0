using GrensJobs.Cli;
using GrensJobs.Storage.Users;
using GrensJobs.Web.Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Cli;

/// <summary><c>users add | disable | reset-password | list</c>, in process and as real runs of the executable.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const int MinLength = 12;
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("grensjobs-users-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_WithoutPassword_GeneratesOnePrintedOnceThatVerifies()
    {
        await using var services = AppServices.Build(_dataDirectory);
        using var report = new StringWriter();

        var exitCode = await UsersCommand.AddAsync(services, "Anke.Janssen", "mediator", null, MinLength, report, Token);

        Assert.Equal(ExitCodes.Success, exitCode);
        var printed = report.ToString().Split('\n').Single(line => line.StartsWith("Password for anke.janssen", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.Equal(20, printed.Length);
        var stored = await services.GetRequiredService<IUserStore>().GetAsync("anke.janssen", Token);
        Assert.Equal(UserRole.Mediator, stored?.Role);
        Assert.DoesNotContain(printed, stored!.PasswordHash, StringComparison.Ordinal);
        Assert.True(MediatorPasswords.Verify("anke.janssen", stored.PasswordHash, printed));
    }

    [Theory]
    [InlineData("jürgen", "mediator", "Grenzgänger-2026!", "\"jürgen\" is not a valid account name")]
    [InlineData("juergen", "vermittler", "Grenzgänger-2026!", "--role must be mediator or admin, not \"vermittler\"")]
    [InlineData("juergen", "admin", "kurz", "the password must be at least 12 characters long (this one has 4)")]
    public async Task Add_BadInput_Exit2SayingWhatIsWrongAndAddsNothing(string name, string role, string password, string expected)
    {
        await using var services = AppServices.Build(_dataDirectory);
        using var report = new StringWriter();

        var exitCode = await UsersCommand.AddAsync(services, name, role, password, MinLength, report, Token);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(expected, report.ToString(), StringComparison.Ordinal);
        Assert.Empty(await services.GetRequiredService<IUserStore>().ListAsync(Token));
    }

    [Fact]
    public async Task Add_TakenName_Exit2PointingToResetPassword()
    {
        await using var services = AppServices.Build(_dataDirectory);
        using var report = new StringWriter();
        await UsersCommand.AddAsync(services, "marie", "admin", "Mot-de-passe-2026", MinLength, TextWriter.Null, Token);

        var exitCode = await UsersCommand.AddAsync(services, "marie", "mediator", "Mot-de-passe-2027", MinLength, report, Token);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("there is already an account named \"marie\"; 'grensjobs users reset-password marie'", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(UserRole.Admin, (await services.GetRequiredService<IUserStore>().GetAsync("marie", Token))?.Role);
    }

    [Fact]
    public async Task ResetPassword_GivenPassword_ReplacesTheOldOne()
    {
        await using var services = AppServices.Build(_dataDirectory);
        await UsersCommand.AddAsync(services, "bram", "mediator", "Oud-wachtwoord-2026", MinLength, TextWriter.Null, Token);

        var exitCode = await UsersCommand.ResetPasswordAsync(services, "bram", "Nieuw-wachtwoord-2026", MinLength, TextWriter.Null, Token);

        Assert.Equal(ExitCodes.Success, exitCode);
        var hash = (await services.GetRequiredService<IUserStore>().GetAsync("bram", Token))!.PasswordHash;
        Assert.True(MediatorPasswords.Verify("bram", hash, "Nieuw-wachtwoord-2026"));
        Assert.False(MediatorPasswords.Verify("bram", hash, "Oud-wachtwoord-2026"));
    }

    [Fact]
    public async Task Process_AddWithPasswordOnStdinThenDisableAndList_ShowsTheAccountDisabled()
    {
        string[] data = ["--data", _dataDirectory];

        var (addExit, addOut, addErr) = await GrensJobsRun.RunAsync(["users", "add", "anna", "--role", "mediator", .. data], stdin: "Grenzgänger-2026!\n");
        var (disableExit, _, disableErr) = await GrensJobsRun.RunAsync(["users", "disable", "anna", .. data]);
        var (listExit, listOut, _) = await GrensJobsRun.RunAsync(["users", "list", .. data]);

        Assert.Equal(0, addExit);
        Assert.Equal("", addOut);
        Assert.Contains("users add: anna added as mediator.", addErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Password for", addErr, StringComparison.Ordinal);
        Assert.Equal(0, disableExit);
        Assert.Contains("anna is disabled", disableErr, StringComparison.Ordinal);
        Assert.Equal(0, listExit);
        var row = listOut.Split('\n').Single(line => line.StartsWith("anna ", StringComparison.Ordinal));
        Assert.Contains("mediator", row, StringComparison.Ordinal);
        Assert.Contains("disabled", row, StringComparison.Ordinal);
        Assert.Contains("never", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "users", "disable", "niemand" }, "users disable: there is no account named \"niemand\"; 'grensjobs users list' shows them.")]
    [InlineData(new[] { "users", "reset-password", "niemand" }, "users reset-password: there is no account named \"niemand\"")]
    [InlineData(new[] { "users", "add", "anna", "--role", "boss" }, "users add: --role must be mediator or admin, not \"boss\".")]
    [InlineData(new[] { "users", "add", "anna" }, "--role")]
    public async Task Process_UnknownUserOrBadRole_Exit2InWords(string[] arguments, string expected)
    {
        var (exitCode, stdout, stderr) = await GrensJobsRun.RunAsync([.. arguments, "--data", _dataDirectory]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_LockoutSettingOutOfRange_Exit2NamingTheSetting()
    {
        using var run = GrensJobsRun.Start(
            ["users", "list", "--data", _dataDirectory], stdin: "",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["GrensJobs__Mediator__LockoutAttempts"] = "0" });

        var (exitCode, _, stderr) = await run.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(2, exitCode);
        Assert.Contains("Mediator:LockoutAttempts must be a whole number from 1 to 100.", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
