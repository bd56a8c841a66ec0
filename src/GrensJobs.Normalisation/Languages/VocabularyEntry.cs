using GrensJobs.Core.Languages;

namespace GrensJobs.Normalisation.Languages;

/// <summary>A word or multi-word phrase (folded words) with its role and, for level words, the CEFR level.</summary>
internal sealed record VocabularyEntry(string[] Words, TokenKind Kind, CefrLevel? Level);
