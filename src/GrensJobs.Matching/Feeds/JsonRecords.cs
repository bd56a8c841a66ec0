using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GrensJobs.Core.Json;
using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Feeds;

/// <summary>Reading a JSON record for the profile formats: parsing, its id, and JSON errors said in words.</summary>
internal static class JsonRecords
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static bool TryParse(string json, out JsonDocument document, out string error)
    {
        try
        {
            document = JsonDocument.Parse(json, Options);
            error = "";
            return true;
        }
        catch (JsonException ex)
        {
            document = null!;
            error = $"not valid JSON: {WithoutPath(ex.Message)}";
            return false;
        }
    }

    /// <summary>The record's id from <paramref name="field"/> when it is a usable id string, else null.</summary>
    public static string? Id(JsonElement record, string field) =>
        record.ValueKind == JsonValueKind.Object
        && record.TryGetProperty(field, out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString()?.Trim() is { Length: > 0 and <= ProfileReader.MaxIdLength } text
        && !text.Any(char.IsControl)
            ? text
            : null;

    /// <summary>
    /// What a deserialisation error means in the record's own terms: <c>"maxReisafstandKm" must be a whole number,
    /// got string "40"</c>, without .NET type names. The expected kind comes from the record type's contract.
    /// </summary>
    public static string WrongType(JsonException exception, JsonElement record, JsonTypeInfo recordType)
    {
        var path = FieldPath(exception.Path);
        if (path.Length == 0)
        {
            return $"the record could not be read: {WithoutPath(exception.Message)}";
        }

        var got = Find(record, exception.Path!) is { } value ? $", got {Describe(value)}" : "";
        return $"\"{path}\" must be {Expected(recordType, exception.Path!)}{got}";
    }

    public static string Describe(JsonElement value) => JsonValueText.Describe(value);

    public static string Truncate(string text) => JsonValueText.Truncate(text);

    public static string WithoutPath(string message) => JsonValueText.WithoutPath(message);

    private static string Expected(JsonTypeInfo recordType, string jsonPath)
    {
        var info = recordType;
        foreach (var step in Steps(jsonPath))
        {
            var type = step.Index is not null
                ? info.ElementType
                : info.Properties.FirstOrDefault(p => string.Equals(p.Name, step.Name, StringComparison.Ordinal))?.PropertyType;
            if (type is null)
            {
                return "of another type";
            }

            info = info.Options.GetTypeInfo(type);
        }

        var expected = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return expected switch
        {
            _ when expected == typeof(int) || expected == typeof(long) => "a whole number",
            _ when expected == typeof(decimal) || expected == typeof(double) => "a number",
            _ when expected == typeof(bool) => "true or false",
            _ when expected == typeof(string) => "a string",
            _ => info.Kind switch
            {
                JsonTypeInfoKind.Enumerable => "an array",
                JsonTypeInfoKind.Object => "an object",
                _ => "of another type",
            },
        };
    }

    /// <summary><c>$.talen[1].mondeling</c> → <c>talen[1].mondeling</c>; <c>$['a b']</c> → <c>a b</c>.</summary>
    private static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var path = new System.Text.StringBuilder();
        foreach (var step in Steps(jsonPath))
        {
            if (step.Index is { } index)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(step.Name);
            }
        }

        return path.ToString();
    }

    private static JsonElement? Find(JsonElement root, string jsonPath)
    {
        var current = root;
        foreach (var step in Steps(jsonPath))
        {
            if (step.Index is { } index)
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step.Name!, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static IEnumerable<(string? Name, int? Index)> Steps(string jsonPath)
    {
        var i = jsonPath.StartsWith('$') ? 1 : 0;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                var end = jsonPath.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? jsonPath.Length : end;
                yield return (jsonPath[(i + 1)..end], null);
                i = end;
            }
            else if (jsonPath.AsSpan(i).StartsWith("['"))
            {
                var end = jsonPath.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? jsonPath.Length : end;
                yield return (jsonPath[(i + 2)..end], null);
                i = end + 2;
            }
            else if (jsonPath[i] == '[')
            {
                var end = jsonPath.IndexOf(']', i + 1);
                end = end < 0 ? jsonPath.Length : end;
                yield return int.TryParse(jsonPath.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    ? (null, index)
                    : (jsonPath[(i + 1)..end], null);
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
