using System.Globalization;
using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// One record of a profile file or feed: its position (from 1), its id where readable, and either the canonical
/// profile or why the record could not be read (naming the field).
/// </summary>
public readonly record struct ProfileRecordResult(int Position, string? RecordId, JobseekerProfile? Profile, string? Error)
{
    public bool IsOk => Profile is not null;

    /// <summary>
    /// The error with where it is: <c>record 3 (UWV-2026-004711): "talen[1].mondeling" must be a CEFR level A1–C2,
    /// got "B3"</c>; null when the record was read.
    /// </summary>
    public string? LocatedError => Locate("record");

    /// <summary>The error located with another word for a record, e.g. <c>line 17 (p-1001): …</c>.</summary>
    public string? Locate(string unit) => Error is null
        ? null
        : RecordId is null
            ? string.Create(CultureInfo.InvariantCulture, $"{unit} {Position}: {Error}")
            : string.Create(CultureInfo.InvariantCulture, $"{unit} {Position} ({RecordId}): {Error}");

    public ProfileReadResult ToReadResult() => Profile is not null ? ProfileReadResult.Ok(Profile) : ProfileReadResult.Fail(Error ?? "not read");
}
