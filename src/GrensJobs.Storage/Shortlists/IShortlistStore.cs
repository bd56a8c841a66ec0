namespace GrensJobs.Storage.Shortlists;

/// <summary>
/// Mediators' shortlists and the anonymous placement facts their outcomes leave. Every item names a stored profile and
/// goes with it: purging the profile removes its items from every shortlist, while the placement facts stay, without it.
/// Methods that take a shortlist id act only on that shortlist of that user (another user's shortlist is unknown).
/// </summary>
public interface IShortlistStore
{
    /// <summary>A new, empty shortlist; null when the user already has one of that name.</summary>
    Task<Shortlist?> CreateAsync(long userId, string name, CancellationToken cancellationToken);

    /// <summary>The user's shortlists, newest first.</summary>
    Task<IReadOnlyList<Shortlist>> ListAsync(long userId, CancellationToken cancellationToken);

    Task<Shortlist?> GetAsync(long userId, long shortlistId, CancellationToken cancellationToken);

    /// <summary>The items of a shortlist, in the order they were added.</summary>
    Task<IReadOnlyList<ShortlistItem>> ListItemsAsync(long userId, long shortlistId, CancellationToken cancellationToken);

    Task<AddItemResult> AddItemAsync(
        long userId, long shortlistId, string profileId, string vacancySource, string vacancyId, string? note, CancellationToken cancellationToken);

    /// <summary>Replaces the item's note (null clears it); null for an unknown item.</summary>
    Task<ShortlistItem?> AnnotateAsync(long userId, long shortlistId, long itemId, string? note, CancellationToken cancellationToken);

    /// <summary>
    /// Sets (or with null clears) the item's outcome and its anonymous placement fact in one transaction; null for an
    /// unknown item.
    /// </summary>
    Task<ShortlistItem?> SetOutcomeAsync(
        long userId, long shortlistId, long itemId, PlacementOutcome? outcome, PlacementCorridor? corridor, CancellationToken cancellationToken);

    Task<ShortlistItem?> GetItemAsync(long userId, long shortlistId, long itemId, CancellationToken cancellationToken);

    /// <summary>Removes the item (its placement fact stays, anonymous); false for an unknown item.</summary>
    Task<bool> DeleteItemAsync(long userId, long shortlistId, long itemId, CancellationToken cancellationToken);

    /// <summary>Outcomes per corridor, of facts recorded in [<paramref name="since"/>, <paramref name="until"/>) when given.</summary>
    Task<IReadOnlyList<CorridorCount>> CountPlacementsAsync(DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken);
}
