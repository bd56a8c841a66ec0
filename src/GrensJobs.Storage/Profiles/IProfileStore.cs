using GrensJobs.Core.Profiles;

namespace GrensJobs.Storage.Profiles;

/// <summary>
/// Jobseeker profiles, personal data: upsert by the feed's id, a change sequence of their own that the private
/// profile index follows, and purges that leave only a tombstone (the id) behind. Every purge writes the audit log
/// in the same transaction.
/// </summary>
public interface IProfileStore
{
    /// <summary>Inserts or updates a batch in one transaction; an unchanged profile keeps its sequence and dates.</summary>
    Task<ProfileUpsertSummary> UpsertAsync(
        IReadOnlyList<ProfileToStore> batch, string actor, CancellationToken cancellationToken);

    Task<StoredProfile?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Profiles in id order, <paramref name="limit"/> after <paramref name="offset"/>.</summary>
    Task<IReadOnlyList<StoredProfile>> ListAsync(int offset, int limit, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Profiles changed after <paramref name="afterSequence"/>, in sequence order, and the purged ids.</summary>
    Task<ProfileChanges> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the profile <paramref name="id"/> and every row that names it (shortlists cascade), leaving a tombstone
    /// for the index followers and an audit entry; false when there is no such profile.
    /// </summary>
    Task<bool> PurgeAsync(string id, string actor, CancellationToken cancellationToken);

    /// <summary>Deletes every profile not updated since <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<int> PurgeNotUpdatedSinceAsync(DateTimeOffset cutoff, string actor, CancellationToken cancellationToken);
}
