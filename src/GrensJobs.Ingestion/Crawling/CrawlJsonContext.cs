using System.Text.Json.Serialization;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Ingestion.Crawling;

/// <summary>Source definitions as the store keeps them (JSON).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(SourceDefinition))]
internal sealed partial class CrawlJsonContext : JsonSerializerContext;
