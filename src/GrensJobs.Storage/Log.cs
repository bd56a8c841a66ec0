using Microsoft.Extensions.Logging;

namespace GrensJobs.Storage;

/// <summary>Source-generated log messages of the store; event ids 3000–3099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Store {Path}: applied migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, string path, int version, string name);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug,
        Message = "Store {Path} opened at schema version {Version}")]
    public static partial void StoreOpened(ILogger logger, string path, int version);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Expired {Count} vacancies ({Reason})")]
    public static partial void VacanciesExpired(ILogger logger, int count, string reason);
}
