using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Matching;

/// <summary>How long profiles are kept (section <c>Profiles</c>).</summary>
public sealed class ProfileOptions
{
    public const string Section = "Profiles";

    /// <summary>
    /// A profile not updated by its feed for this many days is deleted by <c>profiles purge</c> without options (and
    /// by serve's daily retention job): a jobseeker's registration that the service no longer sends has ended.
    /// </summary>
    [Range(1, 3650)] public int RetentionDays { get; set; } = 180;
}
