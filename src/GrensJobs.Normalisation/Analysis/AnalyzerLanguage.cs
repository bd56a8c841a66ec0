namespace GrensJobs.Normalisation.Analysis;

/// <summary>The analysis chains <see cref="VacancyAnalyzers"/> knows.</summary>
internal enum AnalyzerLanguage
{
    Neutral,
    Dutch,
    German,
    French,
    English,
}
