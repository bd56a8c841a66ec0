namespace GrensJobs.Core.Languages;

/// <summary>
/// A language a vacancy asks for: ISO 639-1 code, the CEFR level (null where none can be inferred)
/// and whether it is required or only a plus. <see cref="Evidence"/> is the phrase it was read from.
/// </summary>
public sealed record LanguageRequirement(string Language, CefrLevel? Level, bool Required, string? Evidence = null);
