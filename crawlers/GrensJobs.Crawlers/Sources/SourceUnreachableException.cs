namespace GrensJobs.Crawlers.Sources;

/// <summary>
/// The source could not be read at all (its start page or robots.txt unreachable, refused or failing): the run
/// fails with this one-line message, which names the URL, the cause and what was tried.
/// </summary>
public sealed class SourceUnreachableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
