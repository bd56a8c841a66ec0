namespace GrensJobs.Cli;

/// <summary>The options of one <c>match</c> run.</summary>
internal sealed record MatchRequest(
    string? ProfileId, string? ProfileFile, string? VacancyId, int Top, string UiLanguage, bool Json, string? Reason);
