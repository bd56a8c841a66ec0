using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// A service feed's record format: a JSON object deserialised into <typeparamref name="TRecord"/> (only the fields
/// the record type declares are read, so personal fields are never touched) and mapped to the canonical profile.
/// A field of the wrong type or a value the mapping refuses is an error naming the field.
/// </summary>
internal sealed class FeedRecordFormat<TRecord>(
    string name, string idField, JsonTypeInfo<TRecord> typeInfo, Func<TRecord, JobseekerProfile> map) : IProfileFormat
    where TRecord : class
{
    public string Name => name;

    public ProfileReadResult Read(string json) => ReadRecord(json, 0).ToReadResult();

    public ProfileRecordResult ReadRecord(string json, int position)
    {
        if (!JsonRecords.TryParse(json, out var document, out var error))
        {
            return new ProfileRecordResult(position, null, null, error);
        }

        using (document)
        {
            return Read(document.RootElement, position);
        }
    }

    /// <summary>One record given as a JSON element (an item of a feed page).</summary>
    public ProfileRecordResult Read(JsonElement element, int position)
    {
        var id = JsonRecords.Id(element, idField);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ProfileRecordResult(position, id, null, $"a {name} record must be a JSON object, got {JsonRecords.Describe(element)}");
        }

        TRecord? record;
        try
        {
            record = element.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            return new ProfileRecordResult(position, id, null, JsonRecords.WrongType(ex, element, typeInfo));
        }

        try
        {
            return new ProfileRecordResult(position, id, map(record!), null);
        }
        catch (FeedFieldException ex)
        {
            return new ProfileRecordResult(position, id, null, ex.Message);
        }
    }
}
