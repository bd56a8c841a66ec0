namespace GrensJobs.Matching.Feeds;

/// <summary>A profile format name that is not known; the message lists the known ones.</summary>
public sealed class UnknownProfileFormatException : Exception
{
    public UnknownProfileFormatException()
    {
    }

    public UnknownProfileFormatException(string message)
        : base(message)
    {
    }

    public UnknownProfileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
