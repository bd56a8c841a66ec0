using GrensJobs.Core.Languages;

namespace GrensJobs.Normalisation.Languages;

/// <summary>One mention of a language asked for, before mentions of the same language are merged.</summary>
internal readonly record struct LanguageMention(string Language, CefrLevel? Level, bool Required, string Evidence);
