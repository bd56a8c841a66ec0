using GrensJobs.Core.Vacancies;
using System.Globalization;
using System.Text.Json;

namespace GrensJobs.Crawlers.Ats;

/// <summary>Tolerant reads of JSON values: a missing, null or wrongly typed value is null.</summary>
internal static class AtsJson
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>A string, or a number or boolean as its invariant text; blank is null.</summary>
    public static string? Text(this JsonElement element, string name) => element.Get(name) is { } value ? AsText(value) : null;

    /// <summary>The remote mode from an ATS's flags or workplace type (remote, hybrid, on-site), or null when not stated.</summary>
    public static RemoteMode? Remote(string? workplaceType, bool? remote = null, bool? hybrid = null, bool? onSite = null) =>
        workplaceType?.Trim().ToLowerInvariant() switch
        {
            "remote" or "fully_remote" => RemoteMode.Remote,
            "hybrid" => RemoteMode.Hybrid,
            "on-site" or "onsite" or "on_site" => RemoteMode.Onsite,
            _ => remote == true ? RemoteMode.Remote : hybrid == true ? RemoteMode.Hybrid : onSite == true ? RemoteMode.Onsite : null,
        };

    public static bool? Bool(this JsonElement element, string name) =>
        element.Get(name)?.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    public static string? AsText(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public static decimal? Decimal(this JsonElement element, string name)
    {
        if (element.Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    public static double? Double(this JsonElement element, string name) =>
        element.Decimal(name) is { } value ? (double)value : null;

    public static long? Int64(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public static bool IsTrue(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.True };

    /// <summary>The items of an array property; a single object counts as one item; anything else as none.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name)
    {
        if (element.Get(name) is not { } value)
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().ToList(),
            JsonValueKind.Object or JsonValueKind.String => [value],
            _ => [],
        };
    }

    /// <summary>The texts of a string-or-array-of-strings property.</summary>
    public static IReadOnlyList<string> Texts(this JsonElement element, string name) =>
        [.. element.Items(name).Select(AsText).OfType<string>()];

    /// <summary>The date part of an ISO 8601 date or timestamp ("2026-11-02T09:15:00+01:00" → 2026-11-02).</summary>
    public static DateOnly? IsoDate(string? text) =>
        text is { Length: >= 10 }
        && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Upper-case ISO 3166-1 alpha-2, or null for anything else.</summary>
    public static string? Country(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
            ? code.ToUpperInvariant()
            : null;

    /// <summary>Lower-case ISO 639-1 from "de", "de-DE" or "de_DE"; null for anything else.</summary>
    public static string? Language(string? code) =>
        code is { Length: >= 2 } && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1])
            && (code.Length == 2 || code[2] is '-' or '_')
            ? code[..2].ToLowerInvariant()
            : null;
}
