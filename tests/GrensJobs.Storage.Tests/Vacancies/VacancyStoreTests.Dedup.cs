using GrensJobs.Core.Vacancies;

namespace GrensJobs.Storage.Tests.Vacancies;

public abstract partial class VacancyStoreTests
{
    private const string BaText =
        "Ihre Aufgaben\n- Schweißen von Baugruppen im MIG/MAG-Verfahren\n- Lesen von Zeichnungen\n" +
        "Ihr Profil\n- abgeschlossene Ausbildung als Schweißer\nGute Deutschkenntnisse, Niederländisch von Vorteil\n" +
        "Bewerbungen bitte über die Jobbörse der Bundesagentur für Arbeit.";

    private const string SiteText =
        "Ihre Aufgaben\n- Schweißen von Baugruppen im MIG/MAG-Verfahren\n- Lesen von Zeichnungen\n" +
        "Ihr Profil\n- abgeschlossene Ausbildung als Schweißer\nGute Deutschkenntnisse, Niederländisch von Vorteil";

    [Fact]
    public async Task Upsert_SameJobFromEmployerSiteAndBundesagentur_JoinsOneCluster()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser() with { Text = SiteText }], Token);

        await store.UpsertAsync(
            [TestVacancies.Schweisser("10000-1184867112-S", "ba-jobsuche") with
            {
                Employer = "MÜLLER Metallbau GmbH & Co. KG",
                Title = "Schweißer/in (m/w/d) MIG/MAG",
                Text = BaText,
            }],
            Token);

        var site = await store.GetAsync("mueller-gmbh", "42", Token);
        var ba = await store.GetAsync("ba-jobsuche", "10000-1184867112-S", Token);
        Assert.Equal("mueller-gmbh/42", site!.Cluster);
        Assert.Equal("mueller-gmbh/42", ba!.Cluster);
        Assert.False(site.JoinedCluster);
        Assert.True(ba.JoinedCluster);
    }

    [Fact]
    public async Task Upsert_SameOccupationAndPlaceButOtherEmployer_StartsOwnCluster()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser() with { Text = SiteText }], Token);

        await store.UpsertAsync(
            [TestVacancies.Schweisser("7", "ba-jobsuche") with { Employer = "Janssen Stahlbau GmbH", Text = SiteText }],
            Token);

        var own = await store.GetAsync("ba-jobsuche", "7", Token);
        Assert.Equal("ba-jobsuche/7", own!.Cluster);
        Assert.False(own.JoinedCluster);
    }

    [Fact]
    public async Task Upsert_SameEmployerButOtherPlaceOrText_StartsOwnClusters()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser() with { Text = SiteText }], Token);

        await store.UpsertAsync(
        [
            TestVacancies.Schweisser("43", "ba-jobsuche") with
            {
                Text = SiteText,
                Location = TestVacancies.Schweisser().Location! with { Place = "Goch", PostalCode = "47574" },
            },
            TestVacancies.Schweisser("44", "ba-jobsuche") with
            {
                Text = "Wir suchen für unsere Fertigung in Kevelaer einen Schweißer für Edelstahl-Rohrleitungen im " +
                    "WIG-Verfahren, Schichtarbeit, Führerschein Klasse B, Staplerschein wünschenswert.",
            },
        ],
            Token);

        Assert.Equal("ba-jobsuche/43", (await store.GetAsync("ba-jobsuche", "43", Token))!.Cluster);
        Assert.Equal("ba-jobsuche/44", (await store.GetAsync("ba-jobsuche", "44", Token))!.Cluster);
    }

    [Fact]
    public async Task Upsert_DuplicateOfExpiredVacancy_StartsOwnCluster()
    {
        var store = CreateStore(Time);
        await store.UpsertAsync([TestVacancies.Schweisser() with { Text = SiteText }], Token);
        await store.ExpireMissingAsync("mueller-gmbh", new HashSet<string>(), Token);

        await store.UpsertAsync([TestVacancies.Schweisser("9", "ba-jobsuche") with { Text = BaText }], Token);

        Assert.Equal("ba-jobsuche/9", (await store.GetAsync("ba-jobsuche", "9", Token))!.Cluster);
    }

    [Fact]
    public async Task Upsert_TwoPostingsOfOneSourceWithNearIdenticalText_StayDistinctVacancies()
    {
        var store = CreateStore(Time);

        await store.UpsertAsync(
        [
            TestVacancies.Schweisser("42") with { Text = SiteText },
            TestVacancies.Schweisser("43") with { Title = "Schweißer (m/w/d) MIG/MAG Teilzeit", Text = SiteText },
        ],
            Token);

        Assert.Equal("mueller-gmbh/42", (await store.GetAsync("mueller-gmbh", "42", Token))!.Cluster);
        Assert.Equal("mueller-gmbh/43", (await store.GetAsync("mueller-gmbh", "43", Token))!.Cluster);
    }
}
