using System.Text.Json;
using System.Text.Json.Nodes;
using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Tests.Feeds;

/// <summary>The recorded feed fixtures under Fixtures/Feeds, and a profile as the JSON that would be stored.</summary>
internal static class FeedFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static string[] Lines(string name) => File.ReadAllLines(Path(name));

    /// <summary>Every bit of the profile, serialised, to look for data that must not be there.</summary>
    public static string Serialised(JobseekerProfile profile) => JsonSerializer.Serialize(profile);

    /// <summary>A fixture record with the top-level fields of <paramref name="change"/> put in (replaced or added).</summary>
    public static string Changed(string name, string change)
    {
        var record = JsonNode.Parse(Text(name))!.AsObject();
        foreach (var (field, value) in JsonNode.Parse(change)!.AsObject().ToList())
        {
            record[field] = value?.DeepClone();
        }

        return record.ToJsonString();
    }
}
