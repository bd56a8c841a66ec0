using System.Text.Json;

namespace GrensJobs.Core.Json;

/// <summary>How the strict readers name a JSON value in an error: its kind and a short view of it (<c>string "51,58"</c>).</summary>
public static class JsonValueText
{
    private const int ShownCharacters = 40;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"string \"{Truncate(value.GetString() ?? "")}\"",
        JsonValueKind.Number => $"number {Truncate(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>At most 40 characters of <paramref name="text"/>, with "…" when cut.</summary>
    public static string Truncate(string text) =>
        text.Length <= ShownCharacters ? text : string.Concat(text.AsSpan(0, ShownCharacters), "…");

    /// <summary>A System.Text.Json parse error without its " Path: … | LineNumber …" tail.</summary>
    public static string WithoutPath(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd();
    }
}
