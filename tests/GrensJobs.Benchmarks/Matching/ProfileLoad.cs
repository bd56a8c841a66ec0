namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// How the benchmark's profiles were loaded: generation, strict reading and normalisation (all cores), the SQLite
/// upserts, and how many desired occupations and homes the normaliser could not resolve.
/// </summary>
internal sealed record ProfileLoad(TimeSpan Normalising, TimeSpan Storing, int Occupations, int UnresolvedOccupations, int UnresolvedHomes);
