namespace GrensJobs.Storage.Shortlists;

/// <summary>A mediator's named shortlist of profile + vacancy pairs.</summary>
public sealed record Shortlist(long Id, long UserId, string Name, DateTimeOffset CreatedAt, int ItemCount);
