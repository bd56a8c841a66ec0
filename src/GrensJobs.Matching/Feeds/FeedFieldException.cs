namespace GrensJobs.Matching.Feeds;

/// <summary>A field of a feed record that cannot be mapped; the message names the field and why.</summary>
internal sealed class FeedFieldException(string message) : Exception(message);
