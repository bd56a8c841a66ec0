namespace GrensJobs.Core.Profiles;

/// <summary>A profile read from one input record, or why it could not be read (naming the field).</summary>
public readonly record struct ProfileReadResult(JobseekerProfile? Profile, string? Error)
{
    public static ProfileReadResult Ok(JobseekerProfile profile) => new(profile, null);

    public static ProfileReadResult Fail(string error) => new(null, error);
}
