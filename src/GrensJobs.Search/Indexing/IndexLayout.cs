namespace GrensJobs.Search.Indexing;

/// <summary>
/// The version of the document layout and the commit data that travels with every commit. A release that changes
/// fields or analysis raises <see cref="Version"/>; an index written with another version is rebuilt from the store.
/// </summary>
internal static class IndexLayout
{
    public const string Version = "7";

    public const string VersionKey = "layout";

    /// <summary>The last store change sequence the committed index contains.</summary>
    public const string SequenceKey = "sequence";
}
