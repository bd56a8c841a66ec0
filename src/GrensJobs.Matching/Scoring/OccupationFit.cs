using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Scoring;

/// <summary>How a vacancy's occupation relates to one a profile desires.</summary>
internal enum OccupationRelation
{
    None,
    SameMinorGroup,
    SameUnitGroup,
    SharedLabel,
    AskedGroup,
    Same,
}

/// <summary>The best relation of a vacancy's occupation to the profile's desired ones, with its factor.</summary>
internal readonly record struct OccupationFit(double Score, OccupationRelation Relation, ResolvedOccupation? Desired);
