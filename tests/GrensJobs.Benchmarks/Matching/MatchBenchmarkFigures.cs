using GrensJobs.Benchmarks.Search;

namespace GrensJobs.Benchmarks.Matching;

/// <summary>What one <c>match</c> benchmark run measured, for its table.</summary>
internal sealed class MatchBenchmarkFigures(int vacancies, int profiles)
{
    public int Vacancies { get; } = vacancies;

    public int Profiles { get; } = profiles;

    /// <summary>Open vacancies the index serves (one per dedup cluster).</summary>
    public int OpenVacancies { get; set; }

    /// <summary>Corpus generation and normalisation, or reading it from the cache; null when the kept index was reused.</summary>
    public TimeSpan? CorpusTime { get; set; }

    /// <summary>Indexing the corpus; null when the kept index was reused.</summary>
    public TimeSpan? IndexBuild { get; set; }

    public ProfileLoad? ProfileLoad { get; set; }

    public TimeSpan ProfileIndexLoad { get; set; }

    /// <summary>Reading every open vacancy from the index once (the exhaustive direction's input).</summary>
    public TimeSpan AllVacanciesRead { get; set; }

    public LatencyStats? ProfileToVacancies { get; set; }

    public LatencyStats? VacancyToProfiles { get; set; }

    /// <summary>Process CPU time per measured profile → vacancies match (mean).</summary>
    public double ProfileToVacanciesCpuMs { get; set; }

    /// <summary>Process CPU time per measured vacancy → profiles match (mean).</summary>
    public double VacancyToProfilesCpuMs { get; set; }

    public DirectionCheck? ProfileToVacanciesCheck { get; set; }

    public DirectionCheck? VacancyToProfilesCheck { get; set; }

    public double MeanVacancyCandidates { get; set; }

    public double MeanProfileCandidates { get; set; }

    public long PeakRssBytes { get; set; }
}
