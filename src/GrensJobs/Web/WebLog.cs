using Microsoft.Extensions.Logging;

namespace GrensJobs.Web;

/// <summary>The API's log lines (event ids 5100–5199).</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning,
        Message = "A search stopped after its time budget of {BudgetMs} ms and was answered 503 ({QueryCharacters} characters of query string)")]
    public static partial void SearchTimedOut(ILogger logger, long budgetMs, int queryCharacters);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Mediator {Name} logged in")]
    public static partial void LoggedIn(ILogger logger, string name);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "Failed login of mediator account {Name}")]
    public static partial void LoginFailed(ILogger logger, string name);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "Failed login with an unknown account name")]
    public static partial void LoginFailedUnknown(ILogger logger);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Warning, Message = "Login of locked account {Name} refused")]
    public static partial void LoginRefusedLocked(ILogger logger, string name);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Warning, Message = "Login of disabled account {Name} refused")]
    public static partial void LoginRefusedDisabled(ILogger logger, string name);
}
