namespace GrensJobs.Storage.Profiles;

/// <summary>What changed after a sequence: profiles inserted or updated, and ids purged, up to <see cref="LastSequence"/>.</summary>
public sealed record ProfileChanges(IReadOnlyList<StoredProfile> Changed, IReadOnlyList<string> Purged, long LastSequence);
