using System.Globalization;
using GrensJobs.Crawlers.Sources;
using YamlDotNet.RepresentationModel;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// The errors of one definition file and the line of every key read so far (dotted paths such as
/// <c>listing.item</c>), so that a problem about a key points at its line.
/// </summary>
internal sealed class DefinitionDiagnostics(string file)
{
    private readonly Dictionary<string, int> lines = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SourceDefinitionError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<SourceDefinitionError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    public void Remember(string path, YamlNode key) => lines[path] = LineOf(key);

    /// <summary>The line of <paramref name="path"/>, else of its nearest parent, else 1.</summary>
    public int LineOf(string? path)
    {
        while (!string.IsNullOrEmpty(path))
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var dot = path.LastIndexOf('.');
            path = dot < 0 ? null : path[..dot];
        }

        return 1;
    }

    public void Add(int line, string message) => errors.Add(new SourceDefinitionError(File, line, message));

    /// <summary>An error about a key (or its value), at the key's line: <c>listing.item: "div..x" is not a valid CSS selector</c>.</summary>
    public void AddFor(string path, string message) => Add(LineOf(path), $"{path}: {message}");

    public static int LineOf(YamlNode node) =>
        (int)Math.Clamp(node.Start.Line, 1, int.MaxValue);

    public static string Quote(string value) => string.Create(CultureInfo.InvariantCulture, $"\"{value}\"");
}
