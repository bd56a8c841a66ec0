using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrensJobs.Core.Json;

/// <summary>
/// The JSON the product prints: the source-generated contract shapes, with non-ASCII text written as is
/// ("Schweißer", not "Schwei\u00DFer") so that output stays readable in every language.
/// </summary>
public static class GrensJobsJson
{
    public static GrensJobsJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
