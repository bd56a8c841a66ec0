using Microsoft.Extensions.Logging;
using Quartz;

namespace GrensJobs.Matching.Retention;

/// <summary>The daily retention run under serve's scheduler; the work is in <see cref="ProfileRetention"/>.</summary>
[DisallowConcurrentExecution]
internal sealed partial class ProfileRetentionJob(ProfileRetention retention, ILogger<ProfileRetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("profile-retention", "profiles");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await retention.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Error, Message = "Profile retention failed; it runs again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
