using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Retention;

/// <summary>
/// Deletes the profiles no feed has updated within the retention period (<see cref="ProfileOptions.RetentionDays"/>):
/// a registration the service stopped sending has ended, and its data goes. Logged in the audit log as one entry.
/// </summary>
public sealed partial class ProfileRetention(IProfileStore store, IOptions<ProfileOptions> options, TimeProvider time, ILogger<ProfileRetention> logger)
{
    public const string Actor = "retention";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        var purged = await store.PurgeNotUpdatedSinceAsync(time.GetUtcNow().AddDays(-days), Actor, cancellationToken).ConfigureAwait(false);
        LogPurged(logger, purged, days);
        return purged;
    }

    [LoggerMessage(EventId = 6200, Level = LogLevel.Information, Message = "Profile retention: {Count} profiles not updated for {Days} days deleted")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
