namespace GrensJobs.Tests.Demo;

/// <summary>Test classes that serve the demo sites (each on six free ports) run one after the other, to spare the machine.</summary>
[CollectionDefinition(Name)]
public sealed class DemoPorts
{
    public const string Name = "demo ports";
}
