namespace GrensJobs.Normalisation.Occupations;

/// <summary>A job-market title (language position of <see cref="EscoLanguages"/>) that means an ESCO concept.</summary>
internal sealed record TitleAlias(int Language, string Title, string ConceptUri);
