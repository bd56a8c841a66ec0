namespace GrensJobs.Storage;

/// <summary>The store's schema cannot be used by this version of GrensJobs (for example, it is newer).</summary>
public sealed class StoreSchemaException : Exception
{
    public StoreSchemaException()
    {
    }

    public StoreSchemaException(string message)
        : base(message)
    {
    }

    public StoreSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
