namespace GrensJobs.Normalisation.Languages;

/// <summary>A folded word that names a language: ISO 639-1 code and the <see cref="LanguageForm"/>.</summary>
internal readonly record struct LanguageWord(string Language, LanguageForm Form);
