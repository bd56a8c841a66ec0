using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>Every filter of CONTRACTS.md "Search", each checked on both sides.</summary>
public sealed class SearchFilterTests : IDisposable
{
    private readonly IndexedVacancies _index = new();

    [Theory]
    [InlineData("DE", new[] { "kevelaer", "multi" })]
    [InlineData("NL", new[] { "multi", "venlo" })]
    [InlineData("BE", new[] { "liege" })]
    [InlineData("BE,NL", new[] { "liege", "multi", "venlo" })]
    public void Search_Country_KeepsVacanciesWithAnyPlaceInTheCountries(string countries, string[] expected)
    {
        _index.Add(RawVacancies.Lasser("venlo"));
        _index.Add(RawVacancies.Schweisser("kevelaer"));
        _index.Add(RawVacancies.Soudeur("liege"));
        _index.Add(RawVacancies.Lasser("multi", RawVacancies.Roermond) with { Locations = [RawVacancies.Roermond, RawVacancies.Straelen] });
        _index.Commit();

        var ids = _index.AllIds(new SearchRequest { Countries = countries.Split(',') });

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("euregio", new[] { "enschede" })]
    [InlineData("maas-rijn", new[] { "aachen", "liege" })]
    [InlineData("rhein-maas-nord,euregio", new[] { "enschede", "venlo" })]
    public void Search_Euregio_KeepsVacanciesInTheEuregios(string euregios, string[] expected)
    {
        _index.Add(RawVacancies.Lasser("venlo"));
        _index.Add(RawVacancies.Elektriker("aachen"));
        _index.Add(RawVacancies.Soudeur("liege"));
        _index.Add(RawVacancies.Lasser("enschede", RawVacancies.Enschede));
        _index.Commit();

        Assert.Equal(expected, _index.AllIds(new SearchRequest { Euregios = euregios.Split(',') }));
    }

    [Theory]
    [InlineData("DEA2D", new[] { "aachen" })]
    [InlineData("NL421,BE332", new[] { "liege", "venlo" })]
    public void Search_Nuts3_KeepsVacanciesInTheRegions(string regions, string[] expected)
    {
        _index.Add(RawVacancies.Lasser("venlo"));
        _index.Add(RawVacancies.Elektriker("aachen"));
        _index.Add(RawVacancies.Soudeur("liege"));
        _index.Commit();

        Assert.Equal(expected, _index.AllIds(new SearchRequest { Nuts3 = regions.Split(',') }));
    }

    [Theory]
    [InlineData("7", new[] { "elektriker", "lasser", "schweisser" })]
    [InlineData("72", new[] { "lasser", "schweisser" })]
    [InlineData("741", new[] { "elektriker" })]
    [InlineData("7212", new[] { "lasser", "schweisser" })]
    [InlineData("8", new[] { "fahrer" })]
    [InlineData("9", new string[0])]
    public void Search_OccupationPrefix_KeepsVacanciesWhoseIscoStartsWithIt(string isco, string[] expected)
    {
        Assert.Equal("7212", _index.Add(RawVacancies.Lasser("lasser")).Occupation?.Isco);
        Assert.Equal("7212", _index.Add(RawVacancies.Schweisser("schweisser")).Occupation?.Isco);
        Assert.Equal("7411", _index.Add(RawVacancies.Elektriker("elektriker")).Occupation?.Isco);
        Assert.Equal("8332", _index.Add(RawVacancies.Kraftfahrer("fahrer")).Occupation?.Isco);
        _index.Commit();

        Assert.Equal(expected, _index.AllIds(new SearchRequest { Occupation = isco }));
    }

    [Fact]
    public void Search_SeveralContracts_KeepsVacanciesWithAnyOfThem()
    {
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("vast")) with { Contract = ContractType.Permanent });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("tijdelijk")) with { Contract = ContractType.Temporary });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("uitzend")) with { Contract = ContractType.Interim });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("onbekend")) with { Contract = null });
        _index.Commit();

        Assert.Equal(["tijdelijk", "uitzend"], _index.AllIds(new SearchRequest { Contracts = [ContractType.Temporary, ContractType.Interim] }));
        Assert.Equal(["vast"], _index.AllIds(new SearchRequest { Contracts = [ContractType.Permanent] }));
    }

    [Theory]
    [InlineData(32, 40, new[] { "h36-48", "h38-40" })]
    [InlineData(20, 24, new[] { "h16-24", "h20-30" })]
    [InlineData(25, 35, new[] { "h20-30" })]
    [InlineData(45, 50, new[] { "h36-48" })]
    public void Search_Hours_KeepsVacanciesWhoseRangeOverlaps(int min, int max, string[] expected)
    {
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("h16-24")) with { Hours = new HoursRange(16, 24) });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("h20-30")) with { Hours = new HoursRange(20, 30) });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("h38-40")) with { Hours = new HoursRange(38, 40) });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("h36-48")) with { Hours = new HoursRange(36, 48) });
        _index.Commit();

        Assert.Equal(expected, _index.AllWelderIds(new SearchRequest { Hours = new HoursFilter(min, max) }));
    }

    [Theory]
    [InlineData(20, 38, new[] { "h30-38.5" })]
    [InlineData(39, 45, new[] { "h38.5-40" })]
    [InlineData(38, 39, new[] { "h30-38.5", "h38.5-40" })]
    public void Search_HoursWithHalfHours_OverlapIsExact(int min, int max, string[] expected)
    {
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("h38.5-40")) with { Hours = new HoursRange(38.5m, 40) });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("h30-38.5")) with { Hours = new HoursRange(30, 38.5m) });
        _index.Commit();

        Assert.Equal(expected, _index.AllWelderIds(new SearchRequest { Hours = new HoursFilter(min, max) }));
    }

    [Fact]
    public void Search_Since_KeepsVacanciesPostedOnOrAfterTheDay()
    {
        _index.Add(RawVacancies.Lasser("oktober") with { Posted = new DateOnly(2026, 10, 31) });
        _index.Add(RawVacancies.Lasser("eerste") with { Posted = new DateOnly(2026, 11, 1) });
        _index.Add(RawVacancies.Lasser("later") with { Posted = new DateOnly(2026, 11, 15) });
        _index.Commit();

        Assert.Equal(["eerste", "later"], _index.AllWelderIds(new SearchRequest { Since = new DateOnly(2026, 11, 1) }));
        Assert.Equal(["later"], _index.AllWelderIds(new SearchRequest { Since = new DateOnly(2026, 11, 2) }));
    }

    [Fact]
    public void Search_SinceWithoutPostingDate_UsesTheDayTheVacancyWasFirstSeen()
    {
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("nieuw")) with { Posted = null }, firstSeen: new DateTimeOffset(2026, 11, 15, 8, 0, 0, TimeSpan.Zero));
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("oud")) with { Posted = null }, firstSeen: new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        _index.Commit();

        Assert.Equal(["nieuw"], _index.AllWelderIds(new SearchRequest { Since = new DateOnly(2026, 11, 10) }));
    }

    [Theory]
    [InlineData(RemoteMode.Onsite, "op-locatie")]
    [InlineData(RemoteMode.Hybrid, "hybride")]
    [InlineData(RemoteMode.Remote, "thuis")]
    public void Search_Remote_KeepsVacanciesOfThatMode(RemoteMode mode, string expected)
    {
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("op-locatie")) with { Remote = RemoteMode.Onsite });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("hybride")) with { Remote = RemoteMode.Hybrid });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("thuis")) with { Remote = RemoteMode.Remote });
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser("onbekend")) with { Remote = null });
        _index.Commit();

        Assert.Equal([expected], _index.AllIds(new SearchRequest { Remote = mode }));
    }

    [Theory]
    [InlineData(3000, new[] { "jaar-45k", "uur-18" })]
    [InlineData(3120, new[] { "jaar-45k", "uur-18" })]
    [InlineData(3200, new[] { "jaar-45k" })]
    [InlineData(3750, new[] { "jaar-45k" })]
    [InlineData(3751, new string[0])]
    [InlineData(2800, new[] { "jaar-45k", "maand-2800", "uur-18" })]
    public void Search_MinSalary_ComparesMonthlyAmounts(int minimum, string[] expected)
    {
        _index.Add(RawVacancies.Lasser("uur-18") with { Salary = new RawSalary { Min = 18, Max = 18, Currency = "EUR", Period = "hour" } });
        _index.Add(RawVacancies.Schweisser("jaar-45k") with { Salary = new RawSalary { Min = 45000, Max = 45000, Currency = "EUR", Period = "year" } });
        _index.Add(RawVacancies.Lasser("maand-2800") with { Salary = new RawSalary { Min = 2800, Max = 2800, Currency = "EUR", Period = "month" } });
        _index.Commit();

        Assert.Equal(expected, _index.AllWelderIds(new SearchRequest { MinMonthlySalary = minimum }));
    }

    [Theory]
    [InlineData("de:B1", new[] { "de-any", "de-b1-en-plus" })]
    [InlineData("de:B2", new[] { "de-any", "de-b1-en-plus", "de-b2" })]
    [InlineData("de:C1", new[] { "de-any", "de-b1-en-plus", "de-b2" })]
    [InlineData("de:A1", new[] { "de-any" })]
    [InlineData("nl:A2", new[] { "nl-a2" })]
    [InlineData("nl:B1", new[] { "nl-a2", "nl-implicit" })]
    [InlineData("nl:B1,de:B1", new[] { "de-any", "de-b1-en-plus", "nl-a2", "nl-implicit" })]
    [InlineData("nl:B2,de:B1", new[] { "de-any", "de-b1-en-plus", "de-b1-nl-b2", "nl-a2", "nl-implicit" })]
    [InlineData("en:C2", new string[0])]
    [InlineData("de:C2,nl:C2", new[] { "de-any", "de-b1-en-plus", "de-b1-nl-b2", "de-b2", "nl-a2", "nl-implicit" })]
    public void Search_Speaks_KeepsVacanciesWhoseRequiredLanguagesThePersonSpeaksWell(string speaks, string[] expected)
    {
        Add("de-b2", "de", new LanguageRequirement("de", CefrLevel.B2, Required: true));
        Add("de-any", "de", new LanguageRequirement("de", null, Required: true));
        Add("de-b1-en-plus", "de", new LanguageRequirement("de", CefrLevel.B1, Required: true), new LanguageRequirement("en", CefrLevel.C1, Required: false));
        Add("nl-implicit", "nl");
        Add("nl-a2", "nl", new LanguageRequirement("nl", CefrLevel.A2, Required: true));
        Add("de-b1-nl-b2", "de", new LanguageRequirement("de", CefrLevel.B1, Required: true), new LanguageRequirement("nl", CefrLevel.B2, Required: true));
        _index.Commit();

        Assert.Equal(expected, _index.AllIds(new SearchRequest { Speaks = SearchRequests.Speaks(speaks) }));
    }

    [Fact]
    public void Search_Radius_UsesTheExactGreatCircleNotTheBoundingBox()
    {
        var venlo = IndexedVacancies.Place("Venlo", "NL");
        _index.Add(RawVacancies.Lasser("venlo"));
        _index.Add(RawVacancies.Schweisser("straelen", RawVacancies.Straelen));
        _index.Add(RawVacancies.Schweisser("zonder-plaats") with { Location = null });
        _index.Commit();
        const double radius = 9;
        var straelen = RawVacancies.Straelen;
        var km = SearchRequests.Haversine(venlo.Lat, venlo.Lon, straelen.Lat!.Value, straelen.Lon!.Value);
        Assert.InRange(km, radius + 1, radius + 3);
        Assert.True(Math.Abs(straelen.Lat.Value - venlo.Lat) < radius / 111.2, "Straelen lies inside the bounding box (latitude)");
        Assert.True(Math.Abs(straelen.Lon.Value - venlo.Lon) < radius / (111.2 * Math.Cos(straelen.Lat.Value * Math.PI / 180)), "and longitude");

        Assert.Equal(["venlo"], _index.AllIds(new SearchRequest { Near = venlo, RadiusKm = radius }));
        Assert.Equal(["straelen", "venlo"], _index.AllIds(new SearchRequest { Near = venlo, RadiusKm = 12 }));
    }

    [Fact]
    public void Search_NearVenlo_KevelaerIsAbout24KilometresAway()
    {
        var venlo = IndexedVacancies.Place("Venlo", "NL");
        _index.Add(RawVacancies.Schweisser("kevelaer"));
        _index.Commit();

        var hit = Assert.Single(_index.Search(new SearchRequest { Near = venlo }).Results);

        Assert.NotNull(hit.DistanceKm);
        Assert.InRange(hit.DistanceKm.Value, 23.5, 25);
        Assert.Equal(["kevelaer"], _index.AllIds(new SearchRequest { Near = venlo, RadiusKm = 25 }));
        Assert.Empty(_index.AllIds(new SearchRequest { Near = venlo, RadiusKm = 23 }));
    }

    [Fact]
    public void Search_WithoutNear_DistanceIsNull()
    {
        _index.Add(RawVacancies.Schweisser("kevelaer"));
        _index.Commit();

        var hit = Assert.Single(_index.Search(new SearchRequest()).Results);

        Assert.Null(hit.DistanceKm);
    }

    [Fact]
    public void Search_MultiPlaceVacancy_DistanceIsToTheNearestPlace()
    {
        var venlo = IndexedVacancies.Place("Venlo", "NL");
        _index.Add(RawVacancies.Lasser("twee-plaatsen", RawVacancies.Enschede) with { Locations = [RawVacancies.Enschede, RawVacancies.Straelen] });
        _index.Commit();
        var toStraelen = SearchRequests.Haversine(venlo.Lat, venlo.Lon, RawVacancies.Straelen.Lat!.Value, RawVacancies.Straelen.Lon!.Value);

        var hit = Assert.Single(_index.Search(new SearchRequest { Near = venlo, RadiusKm = 20 }).Results);

        Assert.Equal("twee-plaatsen", hit.Id);
        Assert.NotNull(hit.DistanceKm);
        Assert.Equal(toStraelen, hit.DistanceKm.Value, 0.2);
    }

    [Fact]
    public void Search_ExpiredVacancies_AreNeverShown()
    {
        _index.Add(RawVacancies.Lasser("open"));
        _index.Add(RawVacancies.Lasser("verlopen"), VacancyStatus.Expired);
        _index.Commit();

        var byWords = _index.Search(new SearchRequest { Text = "lasser" });
        var everything = _index.Search(new SearchRequest { Near = IndexedVacancies.Place("Venlo", "NL"), RadiusKm = 10 });

        Assert.Equal(["open"], byWords.Results.Select(r => r.Id));
        Assert.Equal(1, byWords.Total);
        Assert.Equal(["open"], everything.Results.Select(r => r.Id));
        Assert.Equal(1, everything.Total);
    }

    public void Dispose() => _index.Dispose();

    private void Add(string id, string language, params LanguageRequirement[] requirements) =>
        _index.Add(IndexedVacancies.Normalise(RawVacancies.Lasser(id) with { Language = language }) with { Language = language, Languages = requirements });
}
