using GrensJobs.Core.Vacancies;
using GrensJobs.Corpus;

namespace GrensJobs.Normalisation.Tests.Corpus;

/// <summary>2,000 generated vacancies (seed 42), each read and normalised once for all corpus tests.</summary>
public sealed class SyntheticCorpusFixture
{
    public const int Count = 2_000;
    public const int Seed = 42;

    public SyntheticCorpusFixture()
    {
        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        Generated = [.. SyntheticCorpus.RawVacancies(Count, Seed, Seeds.DefaultDirectory)];
        foreach (var vacancy in Generated)
        {
            var read = RawVacancyReader.Read(vacancy.Line);
            ReadErrors.AddRange(read.Error is null ? [] : [$"{vacancy.Id}: {read.Error}"]);
            Normalised.Add(read.Vacancy is null ? null : normaliser.Normalise(read.Vacancy));
        }
    }

    public IReadOnlyList<GeneratedVacancy> Generated { get; }

    /// <summary>Parallel to <see cref="Generated"/>; null where the line could not be read.</summary>
    public List<Vacancy?> Normalised { get; } = [];

    public List<string> ReadErrors { get; } = [];
}
