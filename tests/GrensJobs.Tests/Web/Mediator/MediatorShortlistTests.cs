using System.Net;
using System.Text;
using System.Text.Json;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using GrensJobs.Storage.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>Shortlists through the API: CSV export, outcomes into placement counts, purges, ownership and the audit log.</summary>
public sealed class MediatorShortlistTests(MediatorApiFixture fixture) : IClassFixture<MediatorApiFixture>
{
    private const string Prefix = MediatorSession.Prefix;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportCsv_GermanAndDutchTextWithQuotesAndAFormula_QuotedEscapedAndUtf8()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var list = await session.CreateShortlistAsync("Schweißer für Geldern");
        await session.AddItemAsync(list, "uwv-100234", "ba-demo", "ba-77", "Spreekt Duits (B1), \"zeer gemotiveerd\"; rijbewijs B");
        await session.AddItemAsync(list, "ba-4711-k", "uwv-demo", "uwv-4411", "=HYPERLINK(\"https://example.com\")");

        var (response, bytes) = await session.GetBytesAsync($"{Prefix}/shortlists/{list}/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"shortlist-{list}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Item,Profile,VacancySource,VacancyId,Title,Employer,Place,Country,Note,Outcome,OutcomeAt,AddedAt", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",uwv-100234,ba-demo,ba-77,Schweißer (m/w/d) im Stahlbau,Gebr. Köhler Metallbau GmbH,Geldern,DE,\"Spreekt Duits (B1), \"\"zeer gemotiveerd\"\"; rijbewijs B\",,,2026-11-23T", lines[1], StringComparison.Ordinal);
        Assert.Contains(",ba-4711-k,uwv-demo,uwv-4411,Lasser MIG/MAG (m/v/x),Staalbouw Tegelen B.V.,Tegelen,NL,", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[2], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_SemicolonForSpreadsheetsInNlDeBe_QuotesCellsWithASemicolon()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var list = await session.CreateShortlistAsync("Lassers Tegelen");
        await session.AddItemAsync(list, "uwv-100234", "uwv-demo", "uwv-4411", "Gesprek 2 december; Duits B1");

        var (response, bytes) = await session.GetBytesAsync($"{Prefix}/shortlists/{list}/export.csv?separator=semicolon");
        var (bad, _) = await session.GetBytesAsync($"{Prefix}/shortlists/{list}/export.csv?separator=tab");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Item;Profile;VacancySource;VacancyId;Title;Employer;Place;Country;Note;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";uwv-100234;uwv-demo;uwv-4411;Lasser MIG/MAG (m/v/x);Staalbouw Tegelen B.V.;Tegelen;NL;\"Gesprek 2 december; Duits B1\";", lines[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Outcome_PlacedAcrossTheBorder_CountsInTheCorridorOfTheHomeEuregios()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var list = await session.CreateShortlistAsync("Magazijn Maaseik → Venlo");
        var item = await session.AddItemAsync(list, "vdab-88412", "uwv-demo", "uwv-4411");
        var before = await CorridorAsync(session, "BE", "maas-rijn", "NL");

        var (set, body) = await session.SendAsync(HttpMethod.Put, $"{Prefix}/shortlists/{list}/items/{item}/outcome", new { outcome = "placed" });
        var after = await CorridorAsync(session, "BE", "maas-rijn", "NL");
        var alsoIn = await CorridorAsync(session, "BE", "rhein-maas-nord", "NL");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("placed", body.GetProperty("outcome").GetString());
        Assert.Equal(before + 1, after);
        Assert.True(alsoIn >= 1);
    }

    [Fact]
    public async Task Outcome_Unknown_400NamingTheValues()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var list = await session.CreateShortlistAsync("Lassers");
        var item = await session.AddItemAsync(list, "uwv-100234", "ba-demo", "ba-77");

        var (response, body) = await session.SendAsync(HttpMethod.Put, $"{Prefix}/shortlists/{list}/items/{item}/outcome?uiLang=de", new { outcome = "eingestellt" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("„outcome“ muss invited, placed, rejected oder null sein, nicht „eingestellt“.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Purge_ProfileOnTwoMediatorsShortlists_EmptiesBothButKeepsTheAnonymousPlacement()
    {
        var profiles = fixture.Host.Services.GetRequiredService<IProfileStore>();
        var profile = MediatorApiFixture.Profiles[0] with { Profile = MediatorApiFixture.Profiles[0].Profile with { Id = "uwv-purge-7731" } };
        await profiles.UpsertAsync([new ProfileToStore(profile, "uwv")], "test", Token);
        var anke = await fixture.SessionAsync(UserRole.Mediator);
        var jurgen = await fixture.SessionAsync(UserRole.Mediator);
        var ankes = await anke.CreateShortlistAsync("Lassers");
        var jurgens = await jurgen.CreateShortlistAsync("Schweißer Kreis Kleve");
        var placed = await anke.AddItemAsync(ankes, "uwv-purge-7731", "ba-demo", "ba-77");
        await jurgen.AddItemAsync(jurgens, "uwv-purge-7731", "ba-demo", "ba-77");
        await jurgen.AddItemAsync(jurgens, "ba-4711-k", "uwv-demo", "uwv-4411");
        await anke.SendAsync(HttpMethod.Put, $"{Prefix}/shortlists/{ankes}/items/{placed}/outcome", new { outcome = "placed" });
        var countBefore = await CorridorAsync(anke, "NL", "rhein-maas-nord", "DE");

        Assert.True(await profiles.PurgeAsync("uwv-purge-7731", "cli:test", Token));

        var (_, ankesList) = await anke.GetAsync($"{Prefix}/shortlists/{ankes}");
        var (_, jurgensList) = await jurgen.GetAsync($"{Prefix}/shortlists/{jurgens}");
        Assert.Empty(ankesList.GetProperty("items").EnumerateArray());
        Assert.Equal(["ba-4711-k"], jurgensList.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("profileId").GetString()));
        Assert.Equal(countBefore, await CorridorAsync(anke, "NL", "rhein-maas-nord", "DE"));
        Assert.True(countBefore >= 1);
    }

    [Fact]
    public async Task Shortlist_OfAnotherMediator_IsNotFound()
    {
        var anke = await fixture.SessionAsync(UserRole.Mediator);
        var jurgen = await fixture.SessionAsync(UserRole.Mediator);
        var ankes = await anke.CreateShortlistAsync("Verpleegkundigen Heerlen");
        var item = await anke.AddItemAsync(ankes, "ba-4711-k", "uwv-demo", "uwv-4411");

        var (read, _) = await jurgen.GetAsync($"{Prefix}/shortlists/{ankes}");
        var (delete, _) = await jurgen.SendAsync(HttpMethod.Delete, $"{Prefix}/shortlists/{ankes}/items/{item}");
        var (own, body) = await anke.GetAsync($"{Prefix}/shortlists/{ankes}");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task AddItem_UnknownProfileOrVacancyOrTwice_SaysWhichInWords()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var list = await session.CreateShortlistAsync("Lassers");
        await session.AddItemAsync(list, "uwv-100234", "ba-demo", "ba-77");

        var (profile, profileBody) = await session.PostAsync($"{Prefix}/shortlists/{list}/items", new { profileId = "uwv-999", vacancySource = "ba-demo", vacancyId = "ba-77" });
        var (vacancy, vacancyBody) = await session.PostAsync($"{Prefix}/shortlists/{list}/items?uiLang=fr", new { profileId = "uwv-100234", vacancySource = "forem-demo", vacancyId = "forem-99" });
        var (twice, _) = await session.PostAsync($"{Prefix}/shortlists/{list}/items", new { profileId = "uwv-100234", vacancySource = "ba-demo", vacancyId = "ba-77" });

        Assert.Equal(HttpStatusCode.NotFound, profile.StatusCode);
        Assert.Equal("There is no profile \"uwv-999\".", profileBody.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, vacancy.StatusCode);
        Assert.Equal("Il n'y a pas d'offre « forem-99 » de la source « forem-demo ».", vacancyBody.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task ReadsAndWrites_NamingAProfile_AreInTheAuditLogWithWhoAndWhy()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var admin = await fixture.SessionAsync(UserRole.Admin);
        var list = await session.CreateShortlistAsync("Pflege Aachen");
        var item = await session.AddItemAsync(list, "ba-4711-k", "uwv-demo", "uwv-4411");
        await session.SendAsync(HttpMethod.Put, $"{Prefix}/shortlists/{list}/items/{item}/note", new { note = "Anerkennung der Pflegeausbildung in NL läuft (BIG-Register)." });
        await session.GetAsync($"{Prefix}/shortlists/{list}?reason=Vermittlungsgespräch");
        await session.SendAsync(HttpMethod.Get, $"{Prefix}/profiles/ba-4711-k", reasonHeader: "intake 23-11");

        var (response, entries) = await admin.GetAsync($"{Prefix}/audit?profile=ba-4711-k&limit=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actor = await ActorAsync(session);
        var mine = entries.EnumerateArray().Where(entry => entry.GetProperty("actor").GetString() == actor).ToList();
        Assert.Contains(mine, entry => entry.GetProperty("action").GetString() == "shortlist.add");
        Assert.Contains(mine, entry => entry.GetProperty("action").GetString() == "shortlist.note");
        Assert.Contains(mine, entry => entry.GetProperty("action").GetString() == "shortlist.read" && entry.GetProperty("reason").GetString() == "Vermittlungsgespräch");
        Assert.Contains(mine, entry => entry.GetProperty("action").GetString() == AuditActions.Read && entry.GetProperty("reason").GetString() == "intake 23-11");
        Assert.All(mine, entry => Assert.DoesNotContain("BIG-Register", entry.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profiles_List_ShowsNoPersonalDetailsBeyondTheAreaAndAuditsEachOne()
    {
        var session = await fixture.SessionAsync(UserRole.Mediator);
        var admin = await fixture.SessionAsync(UserRole.Admin);

        var (response, page) = await session.GetAsync($"{Prefix}/profiles?limit=2");
        var (_, audit) = await admin.GetAsync($"{Prefix}/audit?actor={await ActorAsync(session)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.GetProperty("total").GetInt32() >= 3);
        var ids = page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), audit.EnumerateArray().Select(entry => entry.GetProperty("profileId").GetString()).Order(StringComparer.Ordinal));
    }

    /// <summary>The account name of a session (from GET me).</summary>
    private static async Task<string> ActorAsync(MediatorSession session) =>
        (await session.GetAsync($"{Prefix}/me")).Body.GetProperty("name").GetString()!;

    private static async Task<int> CorridorAsync(MediatorSession session, string home, string euregio, string work)
    {
        var (response, body) = await session.GetAsync($"{Prefix}/placements");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body.GetProperty("corridors").EnumerateArray()
            .Where(row => row.GetProperty("homeCountry").GetString() == home && row.GetProperty("homeEuregio").GetString() == euregio
                          && row.GetProperty("workCountry").GetString() == work)
            .Sum(row => row.GetProperty("placed").GetInt32());
    }
}
