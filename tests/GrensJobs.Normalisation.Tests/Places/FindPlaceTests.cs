namespace GrensJobs.Normalisation.Tests.Places;

public sealed class FindPlaceTests(GazetteerFixture fixture) : IClassFixture<GazetteerFixture>
{
    [Theory]
    [InlineData("Aken", null, "Aachen", "DE")]
    [InlineData("Aix-la-Chapelle", null, "Aachen", "DE")]
    [InlineData("Lüttich", null, "Liège", "BE")]
    [InlineData("Keulen", "NL", "Köln", "DE")]
    [InlineData("5911", "NL", "Venlo", "NL")]
    [InlineData("47623", null, "Kevelaer", "DE")]
    [InlineData("4700", "BE", "Eupen", "BE")]
    public void FindPlace_NameOrPostalCode_ReturnsPlace(string query, string? country, string expectedName, string expectedCountry)
    {
        var place = fixture.Resolver.FindPlace(query, country);

        Assert.NotNull(place);
        Assert.Equal(expectedName, place.Name);
        Assert.Equal(expectedCountry, place.Country);
        Assert.InRange(place.Lat, 49.0, 55.5);
        Assert.InRange(place.Lon, 2.5, 15.5);
    }

    [Fact]
    public void FindPlace_AmbiguousBergen_PrefersRequestedCountry()
    {
        var dutch = fixture.Resolver.FindPlace("Bergen", "NL");
        var german = fixture.Resolver.FindPlace("Bergen", "DE");

        Assert.NotNull(dutch);
        Assert.NotNull(german);
        Assert.Equal("NL", dutch.Country);
        Assert.Equal("DE", german.Country);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("99999")]
    public void FindPlace_Unknown_ReturnsNull(string query)
    {
        Assert.Null(fixture.Resolver.FindPlace(query, "NL"));
    }
}
