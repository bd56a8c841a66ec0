using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// Loads the source definitions of <c>crawlers/sources/</c>: one YAML file per source named after its id. Invalid
/// files are left out of the catalog and reported with file, line and reason.
/// </summary>
public static class SourceDefinitionLoader
{
    public const string FileExtension = ".yaml";

    /// <summary>
    /// Every <c>*.yaml</c> file of <paramref name="directory"/> and its subdirectories (ids are unique across all of
    /// them); a missing directory gives an empty catalog.
    /// </summary>
    public static SourceCatalog LoadDirectory(string directory, IReadOnlyCollection<ISourceAdapter> adapters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var kinds = KindsOf(adapters);
        if (!Directory.Exists(directory))
        {
            return SourceCatalog.Empty;
        }

        var definitions = new List<SourceDefinition>();
        var errors = new List<SourceDefinitionError>();
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase) ||
                           file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (definition, fileErrors) = Read(file, kinds);
            errors.AddRange(fileErrors);
            if (definition is null)
            {
                continue;
            }

            if (firstFileOfId.TryGetValue(definition.Id, out var first))
            {
                errors.Add(new SourceDefinitionError(
                    definition.Path!, 1, $"id: \"{definition.Id}\" is also the id of {first}"));
                continue;
            }

            firstFileOfId[definition.Id] = definition.Path!;
            definitions.Add(definition);
        }

        return new SourceCatalog([.. definitions.OrderBy(d => d.Id, StringComparer.Ordinal)], errors);
    }

    /// <summary>One definition file (its id must equal its file name).</summary>
    public static SourceCatalog LoadFile(string path, IReadOnlyCollection<ISourceAdapter> adapters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var (definition, errors) = Read(path, KindsOf(adapters));
        return new SourceCatalog(definition is null ? [] : [definition], errors);
    }

    private static (SourceDefinition? Definition, IReadOnlyList<SourceDefinitionError> Errors) Read(
        string path, IReadOnlyDictionary<string, ISourceAdapter> kinds)
    {
        var display = path.Replace('\\', '/');
        var fileName = Path.GetFileName(path);
        if (!fileName.EndsWith(FileExtension, StringComparison.Ordinal))
        {
            return (null, [new SourceDefinitionError(display, 1, $"a definition file is named <id>{FileExtension}")]);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, [new SourceDefinitionError(display, 1, $"cannot be read ({exception.Message})")]);
        }

        var id = fileName[..^FileExtension.Length];
        var (definition, errors) = DefinitionFileReader.Read(display, text, id, kinds);
        if (definition is not null)
        {
            definition = definition with { Path = display };
        }

        return (definition, errors);
    }

    private static Dictionary<string, ISourceAdapter> KindsOf(IReadOnlyCollection<ISourceAdapter> adapters)
    {
        ArgumentNullException.ThrowIfNull(adapters);
        var kinds = new Dictionary<string, ISourceAdapter>(StringComparer.Ordinal);
        foreach (var adapter in adapters)
        {
            if (!kinds.TryAdd(adapter.Kind, adapter))
            {
                throw new ArgumentException($"Two adapters read kind \"{adapter.Kind}\".", nameof(adapters));
            }
        }

        return kinds;
    }
}
