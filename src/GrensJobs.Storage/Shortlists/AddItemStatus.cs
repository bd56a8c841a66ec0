namespace GrensJobs.Storage.Shortlists;

/// <summary>How adding an item to a shortlist went.</summary>
public enum AddItemStatus
{
    Added,
    UnknownShortlist,
    UnknownProfile,
    AlreadyThere,
}
