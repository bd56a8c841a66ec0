using Lucene.Net.Index;

namespace GrensJobs.Search.Candidates;

/// <summary>A collected document: its segment, number within it, distance and first-seen time.</summary>
internal readonly record struct CandidateHit(AtomicReaderContext Context, int Doc, double? DistanceKm, long FirstSeen);
