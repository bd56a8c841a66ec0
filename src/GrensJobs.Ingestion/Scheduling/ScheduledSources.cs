using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Ingestion.Scheduling;

/// <summary>The sources the scheduler crawls, by id.</summary>
public sealed class ScheduledSources(IEnumerable<SourceDefinition> definitions)
{
    private readonly Dictionary<string, SourceDefinition> byId =
        definitions.ToDictionary(definition => definition.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<SourceDefinition> All => byId.Values;

    public SourceDefinition? Find(string id) => byId.GetValueOrDefault(id);
}
