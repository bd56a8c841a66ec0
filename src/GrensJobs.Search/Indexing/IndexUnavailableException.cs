namespace GrensJobs.Search.Indexing;

/// <summary>A read-only view cannot be opened: no index yet, another layout, or broken files. The message says what to do.</summary>
public sealed class IndexUnavailableException : Exception
{
    public IndexUnavailableException(string message)
        : base(message)
    {
    }

    public IndexUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
