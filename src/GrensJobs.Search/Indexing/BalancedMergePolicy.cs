using Lucene.Net.Index;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Tiered merging, except that a forced merge to N segments (the end of a rebuild) makes N segments of about the same
/// number of documents, all merges at once so that each runs on a merge thread of its own. A search scores its
/// segments in parallel (<see cref="SearchSlices"/>), so equal segments share the work evenly; the tiered policy would
/// merge the smallest segments into one and leave the largest as it is.
/// While <see cref="DeferMerges"/> is set (a rebuild appending), the tiered merges wait: the forced merge that ends the
/// rebuild reads every segment once anyway, and merges meanwhile would only take the cores from the analysis.
/// </summary>
internal sealed class BalancedMergePolicy : TieredMergePolicy
{
    private volatile bool _deferMerges;

    /// <summary>Whether the tiered merges wait for the forced merge (set while a rebuild appends).</summary>
    public bool DeferMerges
    {
        get => _deferMerges;
        set => _deferMerges = value;
    }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos) =>
        DeferMerges ? null : base.FindMerges(mergeTrigger, infos);

    public override MergeSpecification? FindForcedMerges(SegmentInfos segmentInfos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        ArgumentNullException.ThrowIfNull(segmentInfos);
        ArgumentNullException.ThrowIfNull(segmentsToMerge);

        // The writer asks again each time a merge finishes; the groups were all handed out at the first call.
        if (m_writer.Get().MergingSegments.Count > 0)
        {
            return null;
        }

        var candidates = segmentInfos.Segments.Where(segmentsToMerge.ContainsKey).ToList();
        if (candidates.Count <= maxSegmentCount)
        {
            return null;
        }

        var merges = new MergeSpecification();
        foreach (var group in SearchSlices.Balance(candidates, Documents, maxSegmentCount).Where(group => group.Count > 1))
        {
            merges.Add(new OneMerge(group));
        }

        return merges.Merges.Count > 0 ? merges : null;
    }

    private static long Documents(SegmentCommitInfo segment) => segment.Info.DocCount - segment.DelCount;
}
