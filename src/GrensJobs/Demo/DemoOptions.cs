using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Demo;

/// <summary>
/// Settings of <c>serve --demo</c> (section <c>Demo</c>; environment <c>GrensJobs__Demo__BasePort</c>): the demo sites
/// are served on <see cref="BasePort"/> and the five ports after it, in the order of <c>seeds/demo/sites/README.md</c>.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The setting as an environment variable, for messages.</summary>
    public const string BasePortVariable = "GrensJobs__Demo__BasePort";

    /// <summary>The first of the demo's six loopback ports (default 5091: ports 5091–5096).</summary>
    [Range(1024, 65535 - DemoSources.SiteCount + 1)]
    public int BasePort { get; set; } = DemoSources.SeedBasePort;
}
