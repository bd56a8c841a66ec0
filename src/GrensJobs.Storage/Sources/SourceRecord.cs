namespace GrensJobs.Storage.Sources;

/// <summary>A crawl source as the store knows it: its definition (JSON) and health.</summary>
public sealed record SourceRecord(
    string Id,
    string Kind,
    string Name,
    string DefinitionJson,
    SourceHealth Health = SourceHealth.Unknown,
    string? HealthReason = null,
    long? LastRunId = null,
    long? LastGoodRunId = null);
