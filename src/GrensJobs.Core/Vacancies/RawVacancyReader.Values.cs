using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Json;

namespace GrensJobs.Core.Vacancies;

/// <summary>The typed value readers behind <see cref="RawVacancyReader"/>: each names the field it rejects.</summary>
public static partial class RawVacancyReader
{
    private static double? OptionalCoordinate(JsonElement parent, string name, string path, double limit)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            throw new FieldException($"\"{path}\" must be a number, got {Describe(value)}");
        }

        if (double.IsNaN(number) || Math.Abs(number) > limit)
        {
            throw new FieldException($"\"{path}\" must be between -{limit} and {limit}, got {value.GetRawText()}");
        }

        return number;
    }

    private static decimal? OptionalAmount(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            throw new FieldException($"\"salary.{name}\" must be a number, got {Describe(value)}");
        }

        if (amount < 0)
        {
            throw new FieldException($"\"salary.{name}\" must not be negative, got {value.GetRawText()}");
        }

        return amount;
    }

    private static string? OptionalString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? AsString(value, path) : null;

    private static string? AsString(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => NullIfBlank(value.GetString()),
        _ => throw new FieldException($"\"{path}\" must be a string, got {Describe(value)}"),
    };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(JsonElement value) => JsonValueText.Describe(value);

    private static string Truncate(string text) => JsonValueText.Truncate(text);

    private static string FirstSentence(string message) => JsonValueText.WithoutPath(message);

    private sealed class FieldException(string message) : Exception(message);
}
