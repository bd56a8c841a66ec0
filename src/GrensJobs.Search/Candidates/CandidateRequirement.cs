using GrensJobs.Core.Languages;

namespace GrensJobs.Search.Candidates;

/// <summary>
/// A language a vacancy asks for: required ones as the <c>--speaks</c> filter applies them (a posting that states
/// nothing for its own language asks for it at B1), optional ones as stated. A null level: any level.
/// </summary>
public sealed record CandidateRequirement(string Language, CefrLevel? Level, bool Required);
