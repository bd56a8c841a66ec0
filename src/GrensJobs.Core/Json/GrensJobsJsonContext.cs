using System.Text.Json.Serialization;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Json;

/// <summary>Source-generated JSON for the contract shapes: camelCase names, nulls written as null.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Vacancy))]
[JsonSerializable(typeof(RawVacancy))]
[JsonSerializable(typeof(LineError))]
[JsonSerializable(typeof(GrensJobs.Core.Profiles.JobseekerProfile))]
[JsonSerializable(typeof(GrensJobs.Core.Profiles.NormalisedProfile))]
public sealed partial class GrensJobsJsonContext : JsonSerializerContext;

/// <summary>What <c>normalise</c> prints in place of a bad input line.</summary>
public sealed record LineError(int Line, string Error);
