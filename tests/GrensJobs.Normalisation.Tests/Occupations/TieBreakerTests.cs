using GrensJobs.Normalisation.Occupations;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class TieBreakerTests
{
    private const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    private const string PipeWelder = "http://data.europa.eu/esco/occupation/2ff73126-7aff-4233-9d9c-d8725e1c6822";

    [Theory]
    [InlineData("Nous cherchons un soudeur de tuyaux pour nos chantiers pétroliers.", true)]
    [InlineData("Nous cherchons un soudeur pour notre atelier à Liège.", false)]
    [InlineData("Travail en équipe, CDI, bonne ambiance.", false)]
    public void PrefersRunner_DescriptionNamesOnlyTheRunner_ChoosesIt(string text, bool expected)
    {
        var catalog = LinkerFixture.Linker.Catalog;
        var runner = IndexOf(catalog, PipeWelder);

        var prefers = new TieBreaker(catalog).PrefersRunner(Welder, runner, text, EscoLanguages.IndexOf("fr"));

        Assert.Equal(expected, prefers);
    }

    private static int IndexOf(EscoCatalog catalog, string uri)
    {
        for (var i = 0; i < catalog.Concepts.Count; i++)
        {
            if (catalog.Concepts[i].Uri == uri)
            {
                return i;
            }
        }

        throw new InvalidOperationException(uri);
    }
}
