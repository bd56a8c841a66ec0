namespace GrensJobs.Search.Indexing;

/// <summary>Another process holds the index writer (normally <c>serve</c>); it keeps the index up to date.</summary>
public sealed class IndexLockedException(string directory, Exception inner)
    : Exception($"The search index in {directory} is held by another process, which keeps it up to date.", inner);
