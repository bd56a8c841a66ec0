using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>Cores and load average (Linux): the figures of a shared machine are read against its load.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, load average {load}");
    }
}
