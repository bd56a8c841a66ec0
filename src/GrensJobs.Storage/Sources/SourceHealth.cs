namespace GrensJobs.Storage.Sources;

public enum SourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}
