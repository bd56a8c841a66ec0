using GrensJobs.Core.Languages;

namespace GrensJobs.Core.Profiles;

/// <summary>A language a jobseeker speaks (ISO 639-1) and how well, as a CEFR level.</summary>
public sealed record LanguageSkill(string Language, CefrLevel Level);
