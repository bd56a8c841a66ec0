namespace GrensJobs.Storage.Shortlists;

/// <summary>What became of a profile put forward for a vacancy.</summary>
public enum PlacementOutcome
{
    Invited,
    Placed,
    Rejected,
}
