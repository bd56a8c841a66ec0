using System.Text.Json;
using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Feeds;

/// <summary>The canonical profile of CONTRACTS.md, read by <see cref="ProfileReader"/>.</summary>
internal sealed class GrensJobsFormat : IProfileFormat
{
    public string Name => "grensjobs";

    public ProfileReadResult Read(string json) => ProfileReader.Read(json);

    public ProfileRecordResult ReadRecord(string json, int position)
    {
        if (JsonRecords.TryParse(json, out var document, out var error))
        {
            using (document)
            {
                var root = document.RootElement;
                var result = ProfileReader.Read(root);
                return new ProfileRecordResult(position, JsonRecords.Id(root, "id"), result.Profile, result.Error);
            }
        }

        return new ProfileRecordResult(position, null, null, error);
    }
}
