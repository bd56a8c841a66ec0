using System.CommandLine;

namespace GrensJobs.Cli;

/// <summary><c>profiles import | export | purge</c>: jobseeker profiles, personal data kept in the store only.</summary>
internal static class ProfilesCommand
{
    public static Command Create()
    {
        var command = new Command("profiles", """
            Jobseeker profiles (personal data): import them from a file in a service's format or fetch a service's feed, export one person's data,
            purge them. Names and contact details are never imported. Every read and change is written to the audit
            log with the operating-system user and the verb.
            """);
        command.Subcommands.Add(ProfileImportCommand.Create());
        command.Subcommands.Add(ProfileFetchCommand.Create());
        command.Subcommands.Add(ProfileExportCommand.Create());
        command.Subcommands.Add(ProfilePurgeCommand.Create());
        return command;
    }
}
