namespace GrensJobs.Crawlers.Sources;

/// <summary>The valid source definitions of a directory (ordered by id) and the errors of the invalid files.</summary>
public sealed record SourceCatalog(IReadOnlyList<SourceDefinition> Definitions, IReadOnlyList<SourceDefinitionError> Errors)
{
    public static SourceCatalog Empty { get; } = new([], []);

    /// <summary>True when every file was valid.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The valid definition with this id, or null.</summary>
    public SourceDefinition? Find(string id) =>
        Definitions.FirstOrDefault(definition => string.Equals(definition.Id, id, StringComparison.Ordinal));
}
