using System.CommandLine;

namespace GrensJobs.Cli;

/// <summary>Options every verb accepts, before or after the verb.</summary>
internal static class GlobalOptions
{
    public const string DataEnvironmentVariable = "GRENSJOBS_DATA";

    public static Option<string?> Data { get; } = new("--data")
    {
        Description = $"Where the store, the indexes and the scheduler's state live (default: ${DataEnvironmentVariable}, else ./data).",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>The data directory chosen by <c>--data</c>, the environment, or the default; created when missing.</summary>
    public static string ResolveDataDirectory(ParseResult parseResult)
    {
        var chosen = parseResult.GetValue(Data)
                     ?? Environment.GetEnvironmentVariable(DataEnvironmentVariable)
                     ?? "data";
        var full = Path.GetFullPath(chosen);
        Directory.CreateDirectory(full);
        return full;
    }
}
