using System.Text;

namespace GrensJobs.Corpus;

/// <summary>The seed files' CSV dialect (RFC 4180, UTF-8, header row).</summary>
internal static class CsvLine
{
    /// <summary>Splits one RFC 4180 line (quoted fields, doubled quotes; the seed file has no line breaks in fields).</summary>
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>Index of a header column; a missing column is an error naming the file.</summary>
    public static int Column(List<string> header, string name, string path) => header.IndexOf(name) is var i and >= 0
        ? i
        : throw new InvalidDataException($"{path}: column \"{name}\" is missing");
}
