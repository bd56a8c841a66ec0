using Microsoft.Extensions.Logging;

namespace GrensJobs.Web;

/// <summary>The API's log lines (event ids 5100–5199).</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning,
        Message = "A search stopped after its time budget of {BudgetMs} ms and was answered 503 ({QueryCharacters} characters of query string)")]
    public static partial void SearchTimedOut(ILogger logger, long budgetMs, int queryCharacters);
}
