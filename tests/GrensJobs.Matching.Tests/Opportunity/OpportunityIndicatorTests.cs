using GrensJobs.Matching.Opportunity;

namespace GrensJobs.Matching.Tests.Opportunity;

public sealed class OpportunityIndicatorTests(BorderRegion region) : IClassFixture<BorderRegion>
{
    [Fact]
    public void Compute_GermanOnlyJobseekerInKleve_NotCountedForDutchVacancyAskingNederlandsB2()
    {
        var table = region.Compute("p-kleve-lager-de");

        var nijmegen = table.Row("rhein-waal", "93", "NL");
        Assert.Equal(1, nijmegen.OpenVacancies);
        Assert.Equal(0, nijmegen.JobseekersOtherSide);
        Assert.Equal(0, table.Total.JobseekersOtherSide);
    }

    [Fact]
    public void Compute_KleveJobseekerWithNederlandsB2_CountedForDutchWarehouseVacancy()
    {
        var table = region.Compute("p-kleve-lager-nl");

        Assert.Equal(1, table.Row("rhein-waal", "93", "NL").JobseekersOtherSide);
        Assert.Equal(1, table.Total.JobseekersOtherSide);
    }

    [Fact]
    public void Compute_VenloWelderWithGermanB2_CountedForSchweisserInKevelaer()
    {
        var table = region.Compute("p-venlo-lasser");

        // Kevelaer lies in both Euregios: the welder counts on the German side of each.
        Assert.Equal(1, table.Row("rhein-maas-nord", "72", "DE").JobseekersOtherSide);
        Assert.Equal(1, table.Row("rhein-waal", "72", "DE").JobseekersOtherSide);
        Assert.Equal(1, table.Total.JobseekersOtherSide);
    }

    [Fact]
    public void Compute_VacancyBeyondCommuteRadius_NotCounted()
    {
        var welder = region.Profile("p-venlo-lasser");
        var fartherWelder = welder with { Profile = welder.Profile with { Id = "p-venlo-lasser-80", MaxCommuteKm = 80 } };

        var within40 = region.Compute(new OpportunityRequest { IscoLevel = 4 }, welder);
        var within80 = region.Compute(new OpportunityRequest { IscoLevel = 4 }, fartherWelder);

        // Schweißer WIG in Aachen, about 66 km from Venlo; Schweißer in Emmerich, about 52 km.
        Assert.Equal(0, within40.Row("maas-rijn", "7212", "DE").JobseekersOtherSide);
        Assert.Equal(1, within80.Row("maas-rijn", "7212", "DE").JobseekersOtherSide);
        Assert.Equal(2, within40.Row("rhein-waal", "7212", "DE").OpenVacancies);
    }

    [Fact]
    public void Compute_SameCountryJobseeker_NeverCounted()
    {
        // A Schweißer in Kleve: Kevelaer (DE, 23 km) is his own side; Venlo (NL, 47 km, Nederlands B2 asked) is the other.
        var table = region.Compute("p-kleve-schweisser");

        Assert.Equal(0, table.Row("rhein-waal", "72", "DE").JobseekersOtherSide);
        Assert.Equal(0, table.Row("rhein-maas-nord", "72", "DE").JobseekersOtherSide);
        Assert.Equal(1, table.Row("rhein-waal", "72", "NL").JobseekersOtherSide);
    }

    [Fact]
    public void Compute_EveryFixtureProfile_CountsEachVacancyAndJobseekerOnceInTotal()
    {
        var everyone = region.ProfileLines.Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToArray();

        var table = region.Compute(everyone);

        Assert.Equal(28, table.Total.OpenVacancies);
        Assert.Equal(12, table.Total.ProfilesConsidered);
        // Welder, Lagerhelfer with Dutch, Schweißer, verpleegkundige, infirmier, elektricien, chauffeur, magazijnmedewerker.
        Assert.Equal(8, table.Total.JobseekersOtherSide);
        Assert.True(table.Rows.Sum(r => r.OpenVacancies) > 28, "Vacancies in two Euregios count in each.");
        var aachenNurses = table.Row("maas-rijn", "22", "DE");
        Assert.Equal((1, 2, 2.0), (aachenNurses.OpenVacancies, aachenNurses.JobseekersOtherSide, aachenNurses.Ratio));
        // Pflegefachkraft in Aachen with Nederlands B1 (C1 asked) and the Eupen infirmier beyond 30 km: none for Maastricht.
        Assert.Equal(0, table.Row("maas-rijn", "22", "NL").JobseekersOtherSide);
        Assert.Equal(Math.Round(8 / 28.0, 2), table.Total.Ratio);
    }

    [Fact]
    public void Compute_WarehouseManagerVacancy_NotCountedForWarehouseWorkers()
    {
        var table = region.Compute("p-kleve-lager-nl", "p-venlo-magazijn");

        var manager = table.Row("rhein-waal", "13", "NL");
        Assert.Equal(1, manager.OpenVacancies);
        Assert.Equal(0, manager.JobseekersOtherSide);
    }

    [Fact]
    public void Compute_EuregioFilterAndGerman_OnlyThoseRowsWithGermanNames()
    {
        var table = region.Compute(
            new OpportunityRequest { Euregios = ["maas-rijn"], IscoLevel = 4, UiLanguage = "de" },
            region.Profile("p-maastricht-verpleegkundige"));

        Assert.All(table.Rows, row => Assert.Equal("maas-rijn", row.Euregio));
        var row = table.Row("maas-rijn", "2221", "DE");
        Assert.Equal("Euregio Maas-Rhein", row.EuregioName);
        Assert.Equal("Akademische und vergleichbare Krankenpflegefachkräfte", row.Label);
        Assert.Equal(1, row.JobseekersOtherSide);
        // Aachen (3), Maastricht, Eupen, Heinsberg, Kerkrade, Heerlen, Liège, Tongeren.
        Assert.Equal(10, table.Total.OpenVacancies);
    }

    [Fact]
    public void Compute_Progress_CalledOncePerProfile()
    {
        var seen = new List<int>();

        region.Indicator.Compute(
            region.Index, [region.Profile("p-venlo-lasser"), region.Profile("p-eupen-infirmier")], new OpportunityRequest(), seen.Add, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2], seen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Compute_IscoLevelOutOfRange_RefusedInWords(int level)
    {
        var error = Assert.Throws<ArgumentException>(() => region.Compute(new OpportunityRequest { IscoLevel = level }));

        Assert.StartsWith("the ISCO level must be 1, 2, 3 or 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_UnknownEuregio_NamesItAndTheKnownOnes()
    {
        var problem = new OpportunityRequest { Euregios = ["maas-rijn", "rijn-ijssel"] }.Problem();

        Assert.Equal(
            "unknown Euregio \"rijn-ijssel\"; use one of ems-dollart, euregio, rhein-waal, rhein-maas-nord, maas-rijn, scheldemond, benego.",
            problem);
    }
}
