namespace GrensJobs.Tests.Cli;

/// <summary>Tests that measure the process's allocations run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurements
{
    public const string Name = "Allocation measurements";
}
