using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrensJobs.Core.Profiles;
using GrensJobs.Storage.Profiles;
using GrensJobs.Storage.Users;
using GrensJobs.Web.Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>
/// One host for the mediator API tests (the API's vacancies imported, three profiles stored, a clock the tests move) and
/// helpers to add accounts, log in and call the API with the session cookie. Tests make their own accounts and
/// shortlists, so they do not see each other's.
/// </summary>
public sealed class MediatorApiFixture : IAsyncLifetime
{
    public const string Password = "Grenzgänger-2026!";

    /// <summary>Venlo (NL) → welder; Aachen (DE) → nurse; Maaseik (BE) → warehouse worker: as the profile normaliser resolves them.</summary>
    internal static readonly NormalisedProfile[] Profiles =
    [
        Profile("uwv-100234", "lasser", "7212", new ResolvedHome("Venlo", "NL", 51.37, 6.17, "NL332", ["rhein-maas-nord"])),
        Profile("ba-4711-k", "Gesundheits- und Krankenpfleger (m/w/d)", "2221", new ResolvedHome("Aachen", "DE", 50.78, 6.08, "DEA2D", ["maas-rijn"])),
        Profile("vdab-88412", "magazijnier (m/v/x)", "9333", new ResolvedHome("Maaseik", "BE", 51.10, 5.79, "BE224", ["maas-rijn", "rhein-maas-nord"])),
    ];

    private int _accounts;

    internal ApiHost Host { get; private set; } = null!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public async ValueTask InitializeAsync()
    {
        Host = await ApiHost.StartAsync(
            settings: new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Mediator:LockoutAttempts"] = "3",
                ["Mediator:LockoutMinutes"] = "15",
                ["Mediator:LoginsPerMinute"] = "100000",
            },
            configureServices: services => services.AddSingleton<TimeProvider>(Time));
        await Host.Services.GetRequiredService<IProfileStore>().UpsertAsync(
            [.. Profiles.Select(profile => new ProfileToStore(profile, "grensjobs"))], "test", TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>A new account of <paramref name="role"/> (a unique name starting with <paramref name="prefix"/>) with <see cref="Password"/>.</summary>
    internal async Task<string> AddAccountAsync(UserRole role, string prefix = "anke")
    {
        var name = $"{prefix}.{Interlocked.Increment(ref _accounts)}";
        var added = await Host.Services.GetRequiredService<IUserStore>().AddAsync(name, role, MediatorPasswords.Hash(name, Password), TestContext.Current.CancellationToken);
        Assert.NotNull(added);
        return name;
    }

    /// <summary>A session of a new account of <paramref name="role"/>; null gives an anonymous caller.</summary>
    internal async Task<MediatorSession> SessionAsync(UserRole? role)
    {
        if (role is not { } chosen)
        {
            return new MediatorSession(Host, null);
        }

        var name = await AddAccountAsync(chosen, chosen == UserRole.Admin ? "beheer" : "anke");
        var (response, cookie) = await LoginAsync(name, Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new MediatorSession(Host, cookie);
    }

    /// <summary>POST login: the response and the session cookie it set (null when none).</summary>
    internal async Task<(HttpResponseMessage Response, string? Cookie)> LoginAsync(string name, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/mediator/login", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name, password }),
        };
        var response = await Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(value => value.Split(';')[0]).FirstOrDefault(value => value.StartsWith("grensjobs.mediator=", StringComparison.Ordinal))
            : null;
        return (response, cookie);
    }

    private static NormalisedProfile Profile(string id, string title, string isco, ResolvedHome home) => new()
    {
        Profile = new JobseekerProfile
        {
            Id = id,
            DesiredOccupations = [new DesiredOccupation { Title = title }],
            Home = new ProfileHome { Place = home.Place, Country = home.Country },
            MaxCommuteKm = 40,
        },
        Occupations = [new ResolvedOccupation(isco, null, new Dictionary<string, string>(StringComparer.Ordinal), 0.9, "title")],
        Home = home,
    };
}
