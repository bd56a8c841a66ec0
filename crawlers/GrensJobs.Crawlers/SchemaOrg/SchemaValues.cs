using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Reading loosely typed schema.org values: strings, numbers, typed objects and arrays alike.</summary>
internal static class SchemaValues
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>True when <c>@type</c> (a string or an array; a bare name, a schema: prefix or a URL) names the type.</summary>
    public static bool HasType(JsonObject obj, string type)
    {
        if (!obj.TryGetPropertyValue("@type", out var node) && !obj.TryGetPropertyValue("type", out node))
        {
            return false;
        }

        return node switch
        {
            JsonArray array => array.Any(item => IsTypeName(AsString(item), type)),
            _ => IsTypeName(AsString(node), type),
        };
    }

    private static bool IsTypeName(string? value, string type)
    {
        if (value is null)
        {
            return false;
        }

        var span = value.AsSpan().Trim();
        var cut = span.LastIndexOfAny('/', ':', '#');
        return span[(cut + 1)..].Equals(type, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The property (case-sensitive first, then any case).</summary>
    public static JsonNode? Get(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var node))
        {
            return node;
        }

        foreach (var (key, value) in obj)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The first element of an array, or the node itself.</summary>
    public static JsonNode? First(JsonNode? node) => node is JsonArray array ? array.FirstOrDefault(n => n is not null) : node;

    /// <summary>Every element of an array, or the node itself.</summary>
    public static IEnumerable<JsonNode> All(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Where(n => n is not null).Select(n => First(n)!),
        _ => [node],
    };

    /// <summary>A scalar as text; an object's <c>@value</c>, <c>value</c> or <c>name</c>; an array's first item.</summary>
    public static string? AsString(JsonNode? node)
    {
        switch (First(node))
        {
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.Number => value.ToJsonString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                };
            case JsonObject obj:
                return AsString(Get(obj, "@value") ?? Get(obj, "value") ?? Get(obj, "name"));
            default:
                return null;
        }
    }

    /// <summary>A non-blank trimmed string, or null.</summary>
    public static string? Text(JsonNode? node)
    {
        var text = AsString(node)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static decimal? Decimal(JsonNode? node)
    {
        if (First(node) is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return value.TryGetValue<decimal>(out var number) ? number : (decimal)value.GetValue<double>();
        }

        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        text = text.Replace("€", string.Empty, StringComparison.Ordinal).Replace("EUR", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        var lastComma = text.LastIndexOf(',');
        var lastDot = text.LastIndexOf('.');
        var culture = (lastComma, lastDot) switch
        {
            ( >= 0, >= 0) => lastComma > lastDot ? German : CultureInfo.InvariantCulture,
            ( >= 0, _) => text.Length - lastComma - 1 == 3 ? CultureInfo.InvariantCulture : German,
            (_, >= 0) => text.Length - lastDot - 1 == 3 ? German : CultureInfo.InvariantCulture,
            _ => CultureInfo.InvariantCulture,
        };
        return decimal.TryParse(text, NumberStyles.Number, culture, out var parsed) ? parsed : null;
    }

    public static double? Double(JsonNode? node)
    {
        if (First(node) is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return value.GetValue<double>();
        }

        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed) ? parsed : null;
    }

    /// <summary>A date or date-time (ISO 8601, or day.month.year) as its calendar date.</summary>
    public static DateOnly? Date(JsonNode? node)
    {
        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        string[] formats = ["d.M.yyyy", "d-M-yyyy", "d/M/yyyy", "yyyy/M/d", "yyyyMMdd"];
        var head = text.Split(' ', 'T')[0];
        if (DateOnly.TryParseExact(head, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
            : null;
    }
}
