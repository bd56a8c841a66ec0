namespace GrensJobs.Ingestion.Http;

/// <summary>A response body was cut off on purpose: over the size limit, a decompression bomb, or too slow.</summary>
internal sealed class BodyRejectedException(string reason) : IOException(reason);
