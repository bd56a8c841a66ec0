namespace GrensJobs.Cli;

/// <summary>The exit codes of CONTRACTS.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
}
