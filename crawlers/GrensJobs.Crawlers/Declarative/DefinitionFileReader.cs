using GrensJobs.Crawlers.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>Reads one definition file into a <see cref="SourceDefinition"/>, collecting every error with its line.</summary>
internal sealed partial class DefinitionFileReader
{
    private static readonly string[] TopKeys =
    [
        "id", "kind", "name", "url", "schedule", "country", "language", "employer", "maxPages",
        "allowPrivateAddresses", "politeness", "settings", "listing", "detail", "dates",
    ];

    private static readonly string[] PolitenessKeys = ["requestsPerSecond", "maxConcurrency"];
    private static readonly string[] Countries = ["NL", "DE", "BE"];
    private static readonly string[] Languages = ["nl", "de", "fr", "en"];

    private readonly DefinitionDiagnostics diagnostics;
    private readonly YamlValues values;
    private readonly IReadOnlyDictionary<string, ISourceAdapter> adapters;

    private DefinitionFileReader(string file, IReadOnlyDictionary<string, ISourceAdapter> adapters)
    {
        diagnostics = new DefinitionDiagnostics(file);
        values = new YamlValues(diagnostics);
        this.adapters = adapters;
    }

    /// <summary>The definition (null when the file has errors) and the file's errors in line order.</summary>
    public static (SourceDefinition? Definition, IReadOnlyList<SourceDefinitionError> Errors) Read(
        string file, string text, string expectedId, IReadOnlyDictionary<string, ISourceAdapter> adapters)
    {
        var reader = new DefinitionFileReader(file, adapters);
        var definition = reader.Read(text, expectedId);
        return (reader.diagnostics.HasErrors ? null : definition, [.. reader.diagnostics.Errors.OrderBy(error => error.Line)]);
    }

    private SourceDefinition? Read(string text, string expectedId)
    {
        var root = Parse(text);
        if (root is null)
        {
            return null;
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var politeness = new PolitenessSettings();
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int? maxPages = null;
        bool? allowPrivate = null;
        var html = new HtmlSectionReader(diagnostics, values);
        foreach (var (key, path, value) in values.Entries(null, root, TopKeys))
        {
            switch (key)
            {
                case "maxPages":
                    maxPages = values.Integer(path, value, 1, 100_000);
                    break;
                case "allowPrivateAddresses":
                    allowPrivate = values.Boolean(path, value);
                    break;
                case "politeness":
                    politeness = ReadPoliteness(path, value);
                    break;
                case "settings":
                    ReadSettings(path, value, settings);
                    break;
                case "listing" or "detail" or "dates":
                    html.Read(key, value);
                    break;
                default:
                    fields[key] = values.Text(path, value);
                    break;
            }
        }

        var id = CheckId(fields, expectedId);
        var kind = CheckKind(fields);
        var url = CheckUrl(fields);
        var country = CheckChoice(fields, "country", Countries, StringComparison.OrdinalIgnoreCase)?.ToUpperInvariant();
        var language = CheckChoice(fields, "language", Languages, StringComparison.OrdinalIgnoreCase)?.ToLowerInvariant();
        var schedule = fields.GetValueOrDefault("schedule");
        if (schedule is not null && ScheduleRule.Check(schedule) is { } scheduleProblem)
        {
            diagnostics.AddFor("schedule", scheduleProblem);
        }

        var site = html.Build(isHtmlKind: string.Equals(kind, SourceKinds.Html, StringComparison.Ordinal));
        if (id is null || kind is null || url is null)
        {
            return null;
        }

        var definition = new SourceDefinition
        {
            Id = id,
            Kind = kind,
            Name = fields.GetValueOrDefault("name"),
            Url = url,
            Schedule = schedule,
            Country = country,
            Language = language,
            Employer = fields.GetValueOrDefault("employer"),
            Politeness = politeness,
            MaxPages = maxPages ?? 2_000,
            AllowPrivateAddresses = allowPrivate ?? false,
            Settings = settings,
            Html = site,
            Path = diagnostics.File,
        };
        if (!diagnostics.HasErrors && adapters.TryGetValue(kind, out var adapter))
        {
            foreach (var problem in adapter.Validate(definition))
            {
                if (problem.Key is null)
                {
                    diagnostics.Add(1, problem.Message);
                }
                else
                {
                    diagnostics.AddFor(problem.Key, problem.Message);
                }
            }
        }

        return definition;
    }

    private YamlMappingNode? Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var message = MarkPrefix().Replace(exception.InnerException?.Message ?? exception.Message, string.Empty);
            diagnostics.Add((int)Math.Max(1, exception.Start.Line), $"invalid YAML: {message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails without a position on some unterminated flow collections at the end of input.
            var lastLine = Math.Max(1, text.TrimEnd().Split('\n').Length);
            diagnostics.Add(lastLine, "invalid YAML: the file ends inside an unclosed [ … ], { … } or quoted value");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(1, "the file must be a section of keys (id: …, kind: …, url: …)");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(DefinitionDiagnostics.LineOf(stream.Documents[1].RootNode), "one definition per file (a second YAML document was found)");
        }

        return root;
    }

    private PolitenessSettings ReadPoliteness(string path, YamlNode node)
    {
        var politeness = new PolitenessSettings();
        if (values.Mapping(path, node) is not { } mapping)
        {
            return politeness;
        }

        foreach (var (key, keyPath, value) in values.Entries(path, mapping, PolitenessKeys))
        {
            politeness = key == "requestsPerSecond"
                ? politeness with { RequestsPerSecond = values.Number(keyPath, value, 0, 10) ?? politeness.RequestsPerSecond }
                : politeness with { MaxConcurrency = values.Integer(keyPath, value, 1, 16) ?? politeness.MaxConcurrency };
        }

        return politeness;
    }

    private void ReadSettings(string path, YamlNode node, Dictionary<string, string> settings)
    {
        if (values.Mapping(path, node) is not { } mapping)
        {
            return;
        }

        foreach (var (key, keyPath, value) in values.Entries(path, mapping, known: null))
        {
            var text = value is YamlSequenceNode list && list.Children.All(item => item is YamlScalarNode)
                ? string.Join(",", list.Children.Select(item => ((YamlScalarNode)item).Value?.Trim()))
                : values.Text(keyPath, value);
            if (text is not null && !settings.TryAdd(key, text))
            {
                diagnostics.AddFor(keyPath, "is set twice (setting names ignore case)");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial System.Text.RegularExpressions.Regex MarkPrefix();
}
