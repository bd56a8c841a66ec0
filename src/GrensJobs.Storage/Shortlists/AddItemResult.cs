namespace GrensJobs.Storage.Shortlists;

/// <summary>The item added (when <see cref="Status"/> is <see cref="AddItemStatus.Added"/>), or why not.</summary>
public sealed record AddItemResult(AddItemStatus Status, ShortlistItem? Item);
