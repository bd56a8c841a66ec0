using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>Typed reads of YAML values that report a wrong shape or type at the value's line.</summary>
internal sealed class YamlValues(DefinitionDiagnostics diagnostics)
{
    public string? Text(string path, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        diagnostics.AddFor(path, "expected a single value, not a list or a section");
        return null;
    }

    public YamlMappingNode? Mapping(string path, YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        diagnostics.AddFor(path, "expected a section of keys");
        return null;
    }

    public int? Integer(string path, YamlNode node, int min, int max)
    {
        var text = Text(path, node);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ||
            value < min || value > max)
        {
            diagnostics.AddFor(path, string.Create(
                CultureInfo.InvariantCulture, $"{DefinitionDiagnostics.Quote(text)} is not a whole number from {min} to {max}"));
            return null;
        }

        return value;
    }

    public double? Number(string path, YamlNode node, double minExclusive, double max)
    {
        var text = Text(path, node);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ||
            !double.IsFinite(value) || value <= minExclusive || value > max)
        {
            diagnostics.AddFor(path, string.Create(
                CultureInfo.InvariantCulture, $"{DefinitionDiagnostics.Quote(text)} is not a number above {minExclusive} and at most {max}"));
            return null;
        }

        return value;
    }

    public bool? Boolean(string path, YamlNode node)
    {
        var text = Text(path, node);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        diagnostics.AddFor(path, $"{DefinitionDiagnostics.Quote(text)} is not true or false");
        return null;
    }

    /// <summary>The keys of a section, each checked against <paramref name="known"/> (unknown keys are errors).</summary>
    public IEnumerable<(string Key, string Path, YamlNode Value)> Entries(
        string? parent, YamlMappingNode mapping, IReadOnlyCollection<string>? known)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                diagnostics.Add(DefinitionDiagnostics.LineOf(keyNode), $"{parent ?? "the file"}: a key must be a plain name");
                continue;
            }

            var path = parent is null ? key : $"{parent}.{key}";
            diagnostics.Remember(path, keyNode);
            if (known is not null && !known.Contains(key, StringComparer.Ordinal))
            {
                var near = known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                var hint = near is null
                    ? string.Create(CultureInfo.InvariantCulture, $" (known: {string.Join(", ", known)})")
                    : $" (did you mean \"{near}\"?)";
                diagnostics.AddFor(path, "unknown key" + hint);
                continue;
            }

            yield return (key, path, value);
        }
    }
}
