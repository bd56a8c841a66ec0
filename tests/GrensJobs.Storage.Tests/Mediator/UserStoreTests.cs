using GrensJobs.Storage.Tests.Sqlite;
using GrensJobs.Storage.Users;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Mediator;

public sealed class UserStoreTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));
    private readonly MediatorStores _stores;

    public UserStoreTests()
    {
        _stores = new MediatorStores(_directory.Path, _time);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IUserStore Users => _stores.Users;

    [Fact]
    public async Task Add_TakenName_ReturnsNullAndKeepsTheFirst()
    {
        var first = await Users.AddAsync("anke.janssen", UserRole.Mediator, "hash-1", Token);
        var second = await Users.AddAsync("anke.janssen", UserRole.Admin, "hash-2", Token);

        Assert.NotNull(first);
        Assert.Null(second);
        var stored = await Users.GetAsync("anke.janssen", Token);
        Assert.Equal(UserRole.Mediator, stored?.Role);
        Assert.Equal("hash-1", stored?.PasswordHash);
        Assert.Equal(_time.GetUtcNow(), stored?.CreatedAt);
    }

    [Fact]
    public async Task RecordFailedLogin_ThirdOfThree_LocksForTheGivenTimeAndStartsCountingAgain()
    {
        await Users.AddAsync("jurgen.mueller", UserRole.Mediator, "hash", Token);

        var afterTwo = await Users.RecordFailedLoginAsync("jurgen.mueller", 3, TimeSpan.FromMinutes(15), Token);
        afterTwo = await Users.RecordFailedLoginAsync("jurgen.mueller", 3, TimeSpan.FromMinutes(15), Token);
        var afterThree = await Users.RecordFailedLoginAsync("jurgen.mueller", 3, TimeSpan.FromMinutes(15), Token);

        Assert.Equal(2, afterTwo?.FailedAttempts);
        Assert.False(afterTwo!.IsLockedAt(_time.GetUtcNow()));
        Assert.Equal(0, afterThree?.FailedAttempts);
        Assert.Equal(_time.GetUtcNow().AddMinutes(15), afterThree?.LockedUntil);
        Assert.True(afterThree!.IsLockedAt(_time.GetUtcNow().AddMinutes(14)));
        Assert.False(afterThree.IsLockedAt(_time.GetUtcNow().AddMinutes(15)));
    }

    [Fact]
    public async Task SetPassword_LockedAccount_ClearsLockoutAndChangesTheSecurityStamp()
    {
        var added = await Users.AddAsync("marie.dubois", UserRole.Admin, "old", Token);
        await Users.RecordFailedLoginAsync("marie.dubois", 1, TimeSpan.FromHours(1), Token);

        var changed = await Users.SetPasswordAsync("marie.dubois", "new", Token);

        var stored = await Users.GetAsync("marie.dubois", Token);
        Assert.True(changed);
        Assert.Equal("new", stored?.PasswordHash);
        Assert.Null(stored?.LockedUntil);
        Assert.NotEqual(added?.SecurityStamp, stored?.SecurityStamp);
        Assert.False(await Users.SetPasswordAsync("niemand", "x", Token));
    }

    [Fact]
    public async Task Disable_KnownAndUnknown_DisablesOnlyTheKnownAndEndsItsSessions()
    {
        var added = await Users.AddAsync("bram.peeters", UserRole.Mediator, "hash", Token);

        Assert.True(await Users.DisableAsync("bram.peeters", Token));
        Assert.False(await Users.DisableAsync("niemand", Token));

        var stored = await Users.GetAsync("bram.peeters", Token);
        Assert.True(stored?.Disabled);
        Assert.NotEqual(added?.SecurityStamp, stored?.SecurityStamp);
    }

    [Fact]
    public async Task List_SeveralAccounts_ByName()
    {
        await Users.AddAsync("sophie", UserRole.Mediator, "h", Token);
        await Users.AddAsync("anke", UserRole.Admin, "h", Token);

        var names = (await Users.ListAsync(Token)).Select(user => user.Name);

        Assert.Equal(["anke", "sophie"], names);
    }

    [Theory]
    [InlineData(" Anke.Janssen ", "anke.janssen")]
    [InlineData("j_mueller-2", "j_mueller-2")]
    [InlineData("jürgen", null)]
    [InlineData("a", null)]
    [InlineData("-anke", null)]
    [InlineData("anke janssen", null)]
    public void UserNames_Normalise_LowerCaseAsciiOrNull(string given, string? expected) =>
        Assert.Equal(expected, UserNames.Normalise(given));

    public void Dispose()
    {
        _stores.Dispose();
        _directory.Dispose();
    }
}
