namespace GrensJobs.Ingestion.Http;

/// <summary>What <see cref="GuardedBodyStream"/> enforces.</summary>
internal sealed record BodyLimits(long MaxBytes, long MaxRatio, long RatioAllowance, TimeSpan Deadline);
