using GrensJobs.Core.Places;
using GrensJobs.Normalisation.Places;

namespace GrensJobs.Normalisation.Tests.Places;

public sealed class GazetteerTests(GazetteerFixture fixture) : IClassFixture<GazetteerFixture>
{
    [Fact]
    public void Load_AllPlaceSeeds_IsComplete()
    {
        var gazetteer = Gazetteer.Load(Seeds.DefaultDirectory);

        Assert.True(gazetteer.Places.Count > 15_000);
    }

    [Fact]
    public void EuregiosFor_OverlappingAreas_ListsBothInCanonicalOrder()
    {
        Assert.Equal([Euregios.RheinMaasNord, Euregios.MaasRijn], fixture.Gazetteer.EuregiosFor("DEA29"));
        Assert.Equal([Euregios.EmsDollart, Euregios.Euregio], fixture.Gazetteer.EuregiosFor("DE949"));
        Assert.Empty(fixture.Gazetteer.EuregiosFor("DE300"));
        Assert.Empty(fixture.Gazetteer.EuregiosFor(null));
    }

    [Fact]
    public void EuregiosFor_EveryCanonicalId_HasAtLeastOneRegion()
    {
        var all = new[] { "NL421", "DEA1B", "DEA2D", "NL213", "DE942", "BE234", "BE211" }
            .SelectMany(fixture.Gazetteer.EuregiosFor)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Euregios.All.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FindPostalCode_BelgianCodeWithSeveralPlaces_ReturnsAll()
    {
        var entries = fixture.Gazetteer.FindPostalCode("BE", "4000");

        Assert.True(entries.Count > 1);
        Assert.Contains(entries, e => string.Equals(e.Place, "Liège", StringComparison.Ordinal));
    }

    [Fact]
    public void Nuts3Name_KnownCode_ReturnsOfficialName()
    {
        Assert.Equal("Kleve", fixture.Gazetteer.Nuts3Name("DEA1B"));
    }
}
