using System.Text;

namespace GrensJobs.Normalisation.Places;

/// <summary>A small, allocation-light reader for the RFC 4180 seed files (header row, quoted fields allowed).</summary>
internal static class SeedCsv
{
    /// <summary>Reads every data row of <paramref name="path"/> (the header row is skipped).</summary>
    public static IEnumerable<string[]> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        _ = reader.ReadLine();
        var fields = new List<string>(12);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            Split(line, fields);
            yield return [.. fields];
        }
    }

    private static void Split(string line, List<string> fields)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    builder.Append(line[i++]);
                }

                fields.Add(builder.ToString());
                i++;
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end + 1;
            }

            if (i > line.Length)
            {
                return;
            }
        }
    }
}
