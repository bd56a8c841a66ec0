using GrensJobs.Core.Profiles;

namespace GrensJobs.Cli;

/// <summary>The record formats <c>profiles import --format</c> reads.</summary>
internal static class ProfileFormats
{
    public static IReadOnlyList<string> Names { get; } = ["grensjobs"];

    public static Func<string, ProfileReadResult> Reader(string format) => format switch
    {
        _ => ProfileReader.Read,
    };
}
