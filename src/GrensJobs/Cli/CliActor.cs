namespace GrensJobs.Cli;

/// <summary>Who the audit log records for a command-line verb: the operating-system user.</summary>
internal static class CliActor
{
    public static string Current => "cli:" + Environment.UserName;
}
