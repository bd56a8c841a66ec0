using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Tests.Places;

public sealed class PlaceResolverTests(GazetteerFixture fixture) : IClassFixture<GazetteerFixture>
{
    [Fact]
    public void Resolve_Venlo_GivesNoordLimburgAndRheinMaasNord()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Venlo" }, null);

        Assert.NotNull(location);
        Assert.Equal("Venlo", location.Place);
        Assert.Equal("NL", location.Country);
        Assert.Equal("NL421", location.Nuts3);
        Assert.Contains(Euregios.RheinMaasNord, location.Euregios);
        Assert.Equal(51.37, location.Lat!.Value, 2);
    }

    [Theory]
    [InlineData("New York, NY", "US", "New York, NY", "US")]
    [InlineData("San Francisco", "US", "San Francisco", "US")]
    [InlineData("Hamburg", "US", "Hamburg", "US")]
    [InlineData("London, United Kingdom", null, "London, United Kingdom", "GB")]
    [InlineData("Paris, France", null, "Paris, France", "FR")]
    public void Resolve_PlaceOutsideTheThreeCountries_KeepsTheTextAndCountryWithoutRegion(
        string text, string? country, string place, string expectedCountry)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = text, Country = country }, null);

        Assert.NotNull(location);
        Assert.Equal(place, location.Place);
        Assert.Equal(expectedCountry, location.Country);
        Assert.Null(location.Nuts3);
        Assert.Empty(location.Euregios);
    }

    [Fact]
    public void Resolve_KevelaerWithPostalCode_GivesKleveAndTwoEuregios()
    {
        var raw = new RawLocation { Text = "47623 Kevelaer", PostalCode = "47623", Place = "Kevelaer", Country = "DE", Lat = 51.583, Lon = 6.247 };

        var location = fixture.Resolver.Resolve(raw, null);

        Assert.NotNull(location);
        Assert.Equal("Kevelaer", location.Place);
        Assert.Equal("47623", location.PostalCode);
        Assert.Equal("DE", location.Country);
        Assert.Equal("DEA1B", location.Nuts3);
        Assert.Equal([Euregios.RheinWaal, Euregios.RheinMaasNord], location.Euregios);
        Assert.Equal(51.583, location.Lat);
        Assert.Equal(6.247, location.Lon);
    }

    [Theory]
    [InlineData("Aken")]
    [InlineData("Aix-la-Chapelle")]
    [InlineData("Aachen")]
    [InlineData("AACHEN")]
    [InlineData("Aachen, Deutschland")]
    [InlineData("D-52062 Aachen")]
    public void Resolve_AachenInAnyLanguage_GivesStaedteregionAachen(string text)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = text }, "NL");

        Assert.NotNull(location);
        Assert.Equal("Aachen", location.Place);
        Assert.Equal("DE", location.Country);
        Assert.Equal("DEA2D", location.Nuts3);
        Assert.Equal([Euregios.MaasRijn], location.Euregios);
    }

    [Theory]
    [InlineData("Luik")]
    [InlineData("Lüttich")]
    [InlineData("Liège")]
    [InlineData("Liege")]
    public void Resolve_LiegeInAnyLanguage_GivesArrLiege(string place)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = place }, null);

        Assert.NotNull(location);
        Assert.Equal("Liège", location.Place);
        Assert.Equal("BE", location.Country);
        Assert.Equal("BE332", location.Nuts3);
        Assert.Contains(Euregios.MaasRijn, location.Euregios);
    }

    [Theory]
    [InlineData("B-4700 Eupen")]
    [InlineData("4700 Eupen")]
    [InlineData("Eupen (B)")]
    public void Resolve_Eupen_GivesBelgianGermanSpeakingCommunity(string text)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = text }, null);

        Assert.NotNull(location);
        Assert.Equal("Eupen", location.Place);
        Assert.Equal("BE", location.Country);
        Assert.Equal("BE336", location.Nuts3);
        Assert.Equal([Euregios.MaasRijn], location.Euregios);
    }

    [Theory]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("Den Bosch")]
    [InlineData("Herzogenbusch")]
    [InlineData("Bois-le-Duc")]
    public void Resolve_DenBoschAliases_GiveSameCity(string place)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = place }, null);

        Assert.NotNull(location);
        Assert.Equal("'s-Hertogenbosch", location.Place);
        Assert.Equal("NL413", location.Nuts3);
    }

    [Theory]
    [InlineData("Mönchengladbach")]
    [InlineData("Monchengladbach")]
    [InlineData("Moenchengladbach")]
    public void Resolve_MoenchengladbachSpellings_GiveDea15(string place)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = place, Country = "DE" }, null);

        Assert.NotNull(location);
        Assert.Equal("Mönchengladbach", location.Place);
        Assert.Equal("DEA15", location.Nuts3);
        Assert.Contains(Euregios.RheinMaasNord, location.Euregios);
    }

    [Theory]
    [InlineData("Venlo, Limburg", "Venlo", "NL")]
    [InlineData("Remote / Venlo", "Venlo", "NL")]
    [InlineData("Kerkrade (NL)", "Kerkrade", "NL")]
    [InlineData("Keulen", "Köln", "DE")]
    [InlineData("Cologne, Germany", "Köln", "DE")]
    [InlineData("Anvers", "Antwerpen", "BE")]
    [InlineData("Brüssel", "Brussel", "BE")]
    [InlineData("Bruxelles", "Brussel", "BE")]
    [InlineData("Den Haag", "Den Haag", "NL")]
    [InlineData("München", "München", "DE")]
    [InlineData("Munich", "München", "DE")]
    [InlineData("Bergen, België", "Mons", "BE")]
    [InlineData("Leck", "Leck", "DE")]
    [InlineData("Verl", "Verl", "DE")]
    [InlineData("Lier", "Lier", "BE")]
    [InlineData("Verden", "Verden", "DE")]
    [InlineData("Halle, Belgique", "Halle", "BE")]
    [InlineData("Halle (Saale)", "Halle (Saale)", "DE")]
    [InlineData("Düsseldorf-Holthausen", "Düsseldorf", "DE")]
    [InlineData("6221 AB Maastricht", "Maastricht", "NL")]
    public void Resolve_FreeText_FindsPlace(string text, string expectedPlace, string expectedCountry)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = text }, null);

        Assert.NotNull(location);
        Assert.Equal(expectedPlace, location.Place);
        Assert.Equal(expectedCountry, location.Country);
    }

    [Theory]
    [InlineData("5911 AB", "5911 AB")]
    [InlineData("5911AB", "5911 AB")]
    [InlineData("5911", "5911")]
    public void Resolve_DutchPostalCodeWithOrWithoutSpace_GivesVenlo(string postalCode, string expectedPostalCode)
    {
        var location = fixture.Resolver.Resolve(new RawLocation { PostalCode = postalCode }, "NL");

        Assert.NotNull(location);
        Assert.Equal("Venlo", location.Place);
        Assert.Equal(expectedPostalCode, location.PostalCode);
        Assert.Equal("NL421", location.Nuts3);
    }

    [Fact]
    public void Resolve_DutchPostalCodeInText_GivesPlaceAndNormalisedCode()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = "Spoorstraat 12, 5911 KJ Venlo" }, null);

        Assert.NotNull(location);
        Assert.Equal("Venlo", location.Place);
        Assert.Equal("5911 KJ", location.PostalCode);
    }

    [Fact]
    public void Resolve_EnschedeInTwente_IsInEuregio()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Enschede" }, null);

        Assert.NotNull(location);
        Assert.Equal("NL213", location.Nuts3);
        Assert.Equal([Euregios.Euregio], location.Euregios);
    }

    [Fact]
    public void Resolve_Emden_IsInEmsDollart()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = "26721 Emden" }, null);

        Assert.NotNull(location);
        Assert.Equal("Emden", location.Place);
        Assert.Equal("DE942", location.Nuts3);
        Assert.Equal([Euregios.EmsDollart], location.Euregios);
    }

    [Fact]
    public void Resolve_Antwerpen_IsInBenegoByProvinceLevelApproximation()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Antwerpen" }, null);

        Assert.NotNull(location);
        Assert.Equal("BE211", location.Nuts3);
        Assert.Equal([Euregios.Benego], location.Euregios);
    }

    [Fact]
    public void Resolve_Gent_IsInScheldemond()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Gent" }, null);

        Assert.NotNull(location);
        Assert.Equal("BE234", location.Nuts3);
        Assert.Equal([Euregios.Scheldemond], location.Euregios);
    }

    [Fact]
    public void Resolve_Berlin_HasNoEuregio()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = "10115 Berlin" }, null);

        Assert.NotNull(location);
        Assert.Equal("Berlin", location.Place);
        Assert.Equal("DE300", location.Nuts3);
        Assert.Empty(location.Euregios);
    }

    [Fact]
    public void Resolve_AmbiguousHengelo_PrefersLargerPlace()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Hengelo" }, null);

        Assert.NotNull(location);
        Assert.Equal("NL213", location.Nuts3);
    }

    [Fact]
    public void Resolve_AmbiguousHengeloWithGelderlandPostalCode_PicksHengeloGld()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Hengelo", PostalCode = "7255" }, null);

        Assert.NotNull(location);
        Assert.Equal("Hengelo", location.Place);
        Assert.Equal("NL225", location.Nuts3);
        Assert.Equal([Euregios.Euregio, Euregios.RheinWaal], location.Euregios);
    }

    [Fact]
    public void Resolve_AkenWithGermanAlternativeSmaller_PrefersLargerAachen()
    {
        var place = fixture.Resolver.FindPlace("Aken", "DE");

        Assert.NotNull(place);
        Assert.Equal("Aachen", place.Name);
    }

    [Fact]
    public void Resolve_AkenWithPostalCodeOfAkenElbe_PicksAkenElbe()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = "06385 Aken" }, null);

        Assert.NotNull(location);
        Assert.Equal("DE", location.Country);
        Assert.NotEqual("DEA2D", location.Nuts3);
        Assert.Empty(location.Euregios);
    }

    [Fact]
    public void Resolve_UnknownPlaceWithCountry_KeepsCountryAndText()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Place = "Industriepark Nirgendwo", Country = "DE" }, null);

        Assert.NotNull(location);
        Assert.Equal("Industriepark Nirgendwo", location.Place);
        Assert.Equal("DE", location.Country);
        Assert.Null(location.Nuts3);
        Assert.Empty(location.Euregios);
    }

    [Fact]
    public void Resolve_UnknownPlaceWithFallbackCountry_UsesFallback()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Text = "Thuiswerken" }, "NL");

        Assert.NotNull(location);
        Assert.Equal("NL", location.Country);
        Assert.Equal("Thuiswerken", location.Place);
    }

    [Fact]
    public void Resolve_UnknownPlaceWithoutCountry_ReturnsNull()
    {
        Assert.Null(fixture.Resolver.Resolve(new RawLocation { Text = "Homeoffice" }, null));
        Assert.Null(fixture.Resolver.Resolve(null, "NL"));
    }

    [Fact]
    public void Resolve_CoordinatesOnly_NamesNearestPlaceAndKeepsCoordinates()
    {
        var location = fixture.Resolver.Resolve(new RawLocation { Lat = 51.372, Lon = 6.171 }, null);

        Assert.NotNull(location);
        Assert.Equal("Venlo", location.Place);
        Assert.Equal("NL421", location.Nuts3);
        Assert.Equal(51.372, location.Lat);
        Assert.Equal(6.171, location.Lon);
    }

    [Fact]
    public void Resolve_CoordinatesFarFromAnyPlace_ReturnsNull()
    {
        Assert.Null(fixture.Resolver.Resolve(new RawLocation { Lat = 54.9, Lon = 3.0 }, null));
    }
}
