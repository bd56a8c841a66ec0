namespace GrensJobs.Tests.Demo;

/// <summary>Test classes that bind the demo ports (5091–5096) run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class DemoPorts
{
    public const string Name = "demo ports";
}
