namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// What the trigram index says about one candidate concept for a title: its best label entry, that entry's blended
/// score (cosine and head word, weighed down for another language or an alternative label), its cosine and head-word
/// likeness, the languages in which the concept has a close label (bit per <see cref="EscoLanguages"/> position)
/// and how many of its labels were candidates.
/// </summary>
internal readonly record struct ConceptEvidence(int Concept, int Entry, double Blend, double Cosine, double Head, int LanguageMask, int Entries);
