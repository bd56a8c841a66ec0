using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Tests.Employment;

/// <summary>A remote mode the source states in a field (ATS flag, schema.org TELECOMMUTE) wins over the text.</summary>
public sealed class RemoteFieldTests
{
    private static readonly VacancyNormaliser Normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);

    [Fact]
    public void Normalise_SourceSaysHybrid_KeepsItAlthoughTheTextSaysNothing()
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Title = "Logistiek medewerker (m/v/x)",
            Description = "<p>Je werkt in ons distributiecentrum in Venlo.</p>",
            Remote = RemoteMode.Hybrid,
        });

        Assert.Equal(RemoteMode.Hybrid, vacancy.Remote);
    }

    [Fact]
    public void Normalise_NoRemoteField_ReadsTheText()
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Title = "Softwareentwickler (m/w/d)",
            Description = "<p>Sie arbeiten zu 100 % remote aus dem Homeoffice.</p>",
        });

        Assert.Equal(RemoteMode.Remote, vacancy.Remote);
    }
}
