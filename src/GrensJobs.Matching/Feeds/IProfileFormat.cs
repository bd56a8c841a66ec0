using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// One input format of jobseeker profiles (<c>grensjobs</c>, <c>uwv</c>, <c>ba</c>, <c>vdab</c>): turns one JSON
/// record — a line of a file, or an item of a feed page — into a canonical profile or a located error.
/// </summary>
public interface IProfileFormat
{
    /// <summary>The name used by <c>profiles import --format NAME</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The profile of one JSON record, or what is wrong with it, naming the field
    /// (<c>"talen[1].mondeling" must be a CEFR level A1–C2, got "B3"</c>).
    /// </summary>
    ProfileReadResult Read(string json);

    /// <summary>
    /// As <see cref="Read(string)"/>, with the record's position (a line number, or the place in a feed) and its
    /// id where it can be read, so an error can say which record it is about.
    /// </summary>
    ProfileRecordResult ReadRecord(string json, int position);
}
