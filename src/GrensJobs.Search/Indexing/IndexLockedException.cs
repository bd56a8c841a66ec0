namespace GrensJobs.Search.Indexing;

/// <summary>Another process holds the index writer (normally <c>serve</c>); it keeps the index up to date.</summary>
public sealed class IndexLockedException(string directory, IndexHolder? holder, Exception? inner = null)
    : Exception($"The search index in {directory} is held by {holder?.ToString() ?? "another process"}, which keeps it up to date.", inner)
{
    /// <summary>Who holds it, when that process recorded itself and still runs.</summary>
    public IndexHolder? Holder { get; } = holder;

    /// <summary>"serve (process 4242, since 22:31:05 UTC)", or "another process".</summary>
    public string HolderDescription => Holder?.ToString() ?? "another process";
}
