using System.Text;
using Lucene.Net.Util;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// The compact binary form of a result as the index keeps it in binary doc values (<see cref="FieldNames.Display"/>):
/// length-prefixed UTF-8 strings and small integers, read straight from the memory-mapped index without the
/// decompression of stored fields or a JSON parse. The snippet source comes last.
/// </summary>
internal static class DisplayRecord
{
    public static byte[] Encode(IndexedHit hit, string? snippetSource)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(hit.Id);
            writer.Write(hit.Source);
            writer.Write(hit.Title);
            WriteOptional(writer, hit.Url);
            WriteOptional(writer, hit.Employer);
            WriteOptional(writer, hit.Place);
            WriteOptional(writer, hit.Country);
            writer.Write7BitEncodedInt(hit.Posted is { } posted ? posted.DayNumber + 1 : 0);
            WriteOptional(writer, hit.Cluster);
            WriteOptional(writer, hit.Esco);
            WriteOptional(writer, hit.Isco);
            var labels = hit.Labels ?? new Dictionary<string, string>(StringComparer.Ordinal);
            writer.Write7BitEncodedInt(hit.Labels is null ? 0 : labels.Count + 1);
            foreach (var (language, label) in labels)
            {
                writer.Write(language);
                writer.Write(label);
            }

            writer.Write7BitEncodedInt(hit.Languages.Count);
            foreach (var requirement in hit.Languages)
            {
                writer.Write(requirement.Language);
                WriteOptional(writer, requirement.Level);
                writer.Write(requirement.Required);
            }

            WriteOptional(writer, snippetSource);
        }

        return buffer.ToArray();
    }

    /// <summary>The result and its snippet source (of a non-empty record: <see cref="Querying.DisplayReader"/> checks).</summary>
    public static (IndexedHit Hit, string? SnippetSource) Decode(BytesRef bytes)
    {
        var reader = new RecordReader(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        var id = reader.String();
        var source = reader.String();
        var title = reader.String();
        var url = reader.Optional();
        var employer = reader.Optional();
        var place = reader.Optional();
        var country = reader.Optional();
        var day = reader.Int();
        var cluster = reader.Optional();
        var esco = reader.Optional();
        var isco = reader.Optional();
        var labelCount = reader.Int();
        Dictionary<string, string>? labels = null;
        if (labelCount > 0)
        {
            labels = new Dictionary<string, string>(labelCount - 1, StringComparer.Ordinal);
            for (var i = 0; i < labelCount - 1; i++)
            {
                labels[reader.String()] = reader.String();
            }
        }

        var requirementCount = reader.Int();
        var languages = new IndexedRequirement[requirementCount];
        for (var i = 0; i < requirementCount; i++)
        {
            languages[i] = new IndexedRequirement(reader.String(), reader.Optional(), reader.Bool());
        }

        var snippet = reader.Optional();
        var hit = new IndexedHit
        {
            Id = id,
            Source = source,
            Title = title,
            Url = url,
            Employer = employer,
            Place = place,
            Country = country,
            Posted = day > 0 ? DateOnly.FromDayNumber(day - 1) : null,
            Cluster = cluster,
            Esco = esco,
            Isco = isco,
            Labels = labels,
            Languages = languages,
        };
        return (hit, snippet);
    }

    /// <summary>
    /// Id, source, URL and dedup cluster of a record, read without the rest (the other members of a result's cluster:
    /// their titles, labels and snippet sources are skipped, not decoded).
    /// </summary>
    public static (string Id, string Source, string? Url, string? Cluster) DecodeLink(BytesRef bytes)
    {
        var reader = new RecordReader(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        var id = reader.String();
        var source = reader.String();
        reader.Skip();
        var url = reader.Optional();
        reader.Optional(skip: true);
        reader.Optional(skip: true);
        reader.Optional(skip: true);
        reader.Int();
        return (id, source, url, reader.Optional());
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads a record in <see cref="BinaryWriter"/>'s format (7-bit lengths, UTF-8, one-byte flags) straight from its bytes.</summary>
    private ref struct RecordReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int Int()
        {
            var value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _bytes[_at++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        public bool Bool() => _bytes[_at++] != 0;

        public string String() => Encoding.UTF8.GetString(Take());

        public void Skip() => Take();

        public string? Optional(bool skip = false)
        {
            if (!Bool())
            {
                return null;
            }

            var value = Take();
            return skip ? null : Encoding.UTF8.GetString(value);
        }

        private ReadOnlySpan<byte> Take()
        {
            var length = Int();
            var value = _bytes.Slice(_at, length);
            _at += length;
            return value;
        }
    }
}
