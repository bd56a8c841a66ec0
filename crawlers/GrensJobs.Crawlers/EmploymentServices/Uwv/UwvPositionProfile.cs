namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>One HR-Open <c>PositionProfile</c> (the posting in one language).</summary>
internal sealed record UwvPositionProfile
{
    public string? Language { get; init; }

    public string? PositionTitle { get; init; }

    public UwvFormattedDescription? PositionFormattedDescription { get; init; }

    public string? PositionUri { get; init; }

    public IReadOnlyList<UwvPositionLocation> PositionLocations { get; init; } = [];

    public IReadOnlyList<UwvOrganization> HiringOrganizations { get; init; } = [];

    /// <summary>FullTime, PartTime or FlexTime.</summary>
    public string? PositionScheduleTypeCode { get; init; }

    /// <summary>DirectHire, Temporary, TemporaryToHire, ContractToHire, Contract, Internship, Apprenticeship, Seasonal…</summary>
    public string? PositionOfferingTypeCode { get; init; }

    public IReadOnlyList<UwvPostingInstruction> PostingInstructions { get; init; } = [];

    public UwvRemunerationPackage? RemunerationPackage { get; init; }
}
