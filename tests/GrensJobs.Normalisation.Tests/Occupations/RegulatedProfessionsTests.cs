using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class RegulatedProfessionsTests
{
    private const string Esco = "http://data.europa.eu/esco/occupation/";
    private static readonly RegulatedProfessions Regulated = RegulatedProfessions.Load(Seeds.DefaultDirectory);

    [Theory]
    [InlineData("8d3e8aaa-791b-4c75-a465-f3f827028f50", "2221", new[] { "NL", "DE", "BE" })]
    [InlineData("71f09c8b-a172-408c-b9e7-32e580e39ff6", "2211", new[] { "NL", "DE", "BE" })]
    [InlineData("95cda6a9-a70a-4a93-9442-11d573cb4a02", "2222", new[] { "NL", "DE", "BE" })]
    [InlineData("e52b5707-7097-4dbc-ac61-054e917da241", "2261", new[] { "NL", "DE", "BE" })]
    [InlineData("8c3f536e-ba66-4321-ba40-363dc39f129b", "2161", new[] { "NL", "DE", "BE" })]
    [InlineData("974d4eab-fbee-4c52-b16e-73bdd8c25b53", "2611", new[] { "NL", "DE", "BE" })]
    [InlineData("d21890a3-cbe9-49df-9a19-a4120d866548", "2619", new[] { "NL", "DE", "BE" })]
    [InlineData("5dbb9cf0-b226-402c-a295-2f42ef05ff8b", "7411", new[] { "DE" })]
    [InlineData("ed3cf43d-c2c1-4c46-82fc-1375e27e0290", "7126", new[] { "DE" })]
    [InlineData("099c6bb0-22d3-4c5d-8bf5-70910af381ef", "5141", new[] { "DE" })]
    [InlineData("76bded28-876a-40b2-9efb-3123c8f14cf6", "2261", new[] { "DE" })]
    [InlineData("4b05bef2-ded4-4b09-ab94-f4c6a555a775", "2635", new[] { "DE", "BE" })]
    [InlineData("31808988-fc0a-4bc3-9e47-27216d6759f5", "5414", new[] { "NL", "DE", "BE" })]
    public void CountriesFor_RegulatedOccupation_ListsCountriesInOrder(string concept, string isco, string[] expected)
    {
        Assert.Equal(expected, Regulated.CountriesFor(Esco + concept, isco));
    }

    [Fact]
    public void CountriesFor_NurseByIscoOnly_IsRegulatedEverywhere()
    {
        Assert.Equal(["NL", "DE", "BE"], Regulated.CountriesFor(null, "2221"));
    }

    [Theory]
    [InlineData("7aedaa07-3884-4c5b-88f9-80997b2aa54b", "7212")]
    [InlineData("2ff73126-7aff-4233-9d9c-d8725e1c6822", "7212")]
    [InlineData("00030d09-2b3a-4efd-87cc-c4ea39d27c34", "2654")]
    public void CountriesFor_UnregulatedOccupation_IsEmpty(string concept, string isco)
    {
        Assert.Empty(Regulated.CountriesFor(Esco + concept, isco));
    }

    [Fact]
    public void CountriesFor_DentalTechnicianInDentistGroup_IsNotRegulatedAsDentist()
    {
        Assert.Equal(["DE"], Regulated.CountriesFor(Esco + "76bded28-876a-40b2-9efb-3123c8f14cf6", "2261"));
    }
}
