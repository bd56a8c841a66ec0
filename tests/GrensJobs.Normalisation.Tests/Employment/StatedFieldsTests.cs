using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Tests.Employment;

/// <summary>Hours, contract and education a source states in fields (Recruitee codes, the Bundesagentur detail) win over the text.</summary>
public sealed class StatedFieldsTests
{
    private static readonly VacancyNormaliser Normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);

    [Fact]
    public void Normalise_FieldsStated_WinOverWhatTheTextSays()
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Title = "Heftruckchauffeur (m/v/x)",
            Description = "<p>Tijdelijk contract, 24 uur per week, hbo-diploma.</p>",
            Hours = new HoursRange(38, 40),
            Contract = ContractType.Permanent,
            Education = new Education(3),
        });

        Assert.Equal(new HoursRange(38, 40), vacancy.Hours);
        Assert.Equal(ContractType.Permanent, vacancy.Contract);
        Assert.Equal(3, vacancy.Education?.Eqf);
    }

    [Fact]
    public void Normalise_NoFieldsStated_ReadsTheText()
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Title = "Heftruckchauffeur (m/v/x)",
            Description = "<p>Tijdelijk contract, 24 uur per week, hbo-diploma.</p>",
        });

        Assert.Equal(new HoursRange(24, 24), vacancy.Hours);
        Assert.Equal(ContractType.Temporary, vacancy.Contract);
        Assert.Equal(6, vacancy.Education?.Eqf);
    }
}
