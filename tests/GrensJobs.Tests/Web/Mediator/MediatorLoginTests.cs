using System.Net;
using GrensJobs.Storage.Users;
using GrensJobs.Web.Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>Login, logout, lockout and disabled accounts of the mediator API.</summary>
public sealed class MediatorLoginTests(MediatorApiFixture fixture) : IClassFixture<MediatorApiFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IUserStore Users => fixture.Host.Services.GetRequiredService<IUserStore>();

    [Fact]
    public async Task Login_RightPassword_SetsAnHttpOnlyStrictCookieThatOpensTheApi()
    {
        var name = await fixture.AddAccountAsync(UserRole.Mediator);

        var (response, cookie) = await fixture.LoginAsync(name.ToUpperInvariant(), MediatorApiFixture.Password);
        var (me, body) = await new MediatorSession(fixture.Host, cookie).GetAsync("/api/v1/mediator/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal("mediator", body.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownName_SameProblemWithoutCookie()
    {
        var name = await fixture.AddAccountAsync(UserRole.Mediator);

        var (wrongPassword, wrongCookie) = await fixture.LoginAsync(name, "Grenzgaenger-2026!");
        var (unknownName, unknownCookie) = await fixture.LoginAsync("niemand", MediatorApiFixture.Password);

        foreach (var response in new[] { wrongPassword, unknownName })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("The name or the password is wrong.", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        Assert.Null(wrongCookie);
        Assert.Null(unknownCookie);
    }

    [Fact]
    public async Task Login_ThirdWrongPassword_LocksEvenTheRightOneUntilTheLockoutEnds()
    {
        var name = await fixture.AddAccountAsync(UserRole.Mediator);

        var first = (await fixture.LoginAsync(name, "falsch-1")).Response.StatusCode;
        var second = (await fixture.LoginAsync(name, "falsch-2")).Response.StatusCode;
        var (third, _) = await fixture.LoginAsync(name, "falsch-3");
        var (rightWhileLocked, lockedCookie) = await fixture.LoginAsync(name, MediatorApiFixture.Password);
        fixture.Time.Advance(TimeSpan.FromMinutes(16));
        var (rightAfter, cookie) = await fixture.LoginAsync(name, MediatorApiFixture.Password);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [first, second]);
        Assert.Equal(HttpStatusCode.Locked, third.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, rightWhileLocked.StatusCode);
        Assert.Contains("locked until 2026-11-23", await rightWhileLocked.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Null(lockedCookie);
        Assert.Equal(HttpStatusCode.OK, rightAfter.StatusCode);
        Assert.NotNull(cookie);
    }

    [Fact]
    public async Task Login_LockedInGerman_SaysSoInGerman()
    {
        var name = await fixture.AddAccountAsync(UserRole.Mediator);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await fixture.LoginAsync(name, "falsch");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/mediator/login", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name, password = MediatorApiFixture.Password }),
        };
        request.Headers.AcceptLanguage.ParseAdd("de-DE");
        var (response, body) = await fixture.Host.SendAsync(request);

        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        Assert.Equal("Konto gesperrt", body.GetProperty("title").GetString());
        Assert.StartsWith("Zu viele fehlgeschlagene Anmeldungen", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_DisabledAccount_RefusedWith403AndNoCookie()
    {
        var name = await fixture.AddAccountAsync(UserRole.Mediator);
        await Users.DisableAsync(name, Token);

        var (response, cookie) = await fixture.LoginAsync(name, MediatorApiFixture.Password);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This account is disabled.", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Null(cookie);
    }

    [Fact]
    public async Task Session_AccountDisabledOrPasswordReset_EndsAtTheNextRequest()
    {
        var disabled = await fixture.AddAccountAsync(UserRole.Mediator);
        var reset = await fixture.AddAccountAsync(UserRole.Mediator);
        var disabledSession = new MediatorSession(fixture.Host, (await fixture.LoginAsync(disabled, MediatorApiFixture.Password)).Cookie);
        var resetSession = new MediatorSession(fixture.Host, (await fixture.LoginAsync(reset, MediatorApiFixture.Password)).Cookie);
        Assert.Equal(HttpStatusCode.OK, (await disabledSession.GetAsync("/api/v1/mediator/shortlists")).Response.StatusCode);

        await Users.DisableAsync(disabled, Token);
        await Users.SetPasswordAsync(reset, MediatorPasswords.Hash(reset, "Ein-neues-Passwort-2026"), Token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await disabledSession.GetAsync("/api/v1/mediator/shortlists")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await resetSession.GetAsync("/api/v1/mediator/shortlists")).Response.StatusCode);
    }

    [Fact]
    public async Task Logout_ThenTheOldCookie_IsRefused()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);

        var (logout, _) = await session.PostAsync("/api/v1/mediator/logout", null);

        var (after, _) = await session.GetAsync("/api/v1/mediator/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), value => value.StartsWith("grensjobs.mediator=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Login_NoBody_400SayingWhatToSend()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/mediator/login?uiLang=nl", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "anke" }),
        };

        var (response, body) = await fixture.Host.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Stuur JSON met \"name\" en \"password\".", body.GetProperty("detail").GetString());
    }
}
