using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>The checks of the top-level values: id, kind, url and the closed lists.</summary>
internal sealed partial class DefinitionFileReader
{
    private string? CheckId(Dictionary<string, string?> fields, string expectedId)
    {
        if (Required(fields, "id") is not { } id)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            diagnostics.AddFor("id", $"{DefinitionDiagnostics.Quote(id)} may only have lower-case letters, digits and single dashes (e.g. \"venlo-techniek\")");
            return null;
        }

        if (!string.Equals(id, expectedId, StringComparison.Ordinal))
        {
            diagnostics.AddFor("id", $"{DefinitionDiagnostics.Quote(id)} must equal the file name ({expectedId}.yaml holds id \"{expectedId}\")");
            return null;
        }

        return id;
    }

    private string? CheckKind(Dictionary<string, string?> fields)
    {
        if (Required(fields, "kind") is not { } kind)
        {
            return null;
        }

        if (!adapters.ContainsKey(kind))
        {
            var known = string.Join(", ", adapters.Keys.Order(StringComparer.Ordinal));
            diagnostics.AddFor("kind", $"{DefinitionDiagnostics.Quote(kind)} is not a known kind (known: {known})");
            return null;
        }

        return kind;
    }

    private Uri? CheckUrl(Dictionary<string, string?> fields)
    {
        if (Required(fields, "url") is not { } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) ||
            (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(url.Host))
        {
            diagnostics.AddFor("url", $"{DefinitionDiagnostics.Quote(text)} is not an absolute http or https URL");
            return null;
        }

        return url;
    }

    private string? CheckChoice(Dictionary<string, string?> fields, string key, string[] choices, StringComparison comparison)
    {
        if (fields.GetValueOrDefault(key) is not { } value)
        {
            return null;
        }

        if (!choices.Contains(value, StringComparer.FromComparison(comparison)))
        {
            diagnostics.AddFor(key, $"{DefinitionDiagnostics.Quote(value)} must be one of {string.Join(", ", choices)}");
            return null;
        }

        return value;
    }

    private string? Required(Dictionary<string, string?> fields, string key)
    {
        if (fields.GetValueOrDefault(key) is { } value)
        {
            return value;
        }

        if (!fields.ContainsKey(key))
        {
            diagnostics.Add(1, $"{key}: is required");
        }
        else if (!diagnostics.Errors.Any(error => error.Message.StartsWith(key + ":", StringComparison.Ordinal)))
        {
            diagnostics.AddFor(key, "must not be empty");
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}
