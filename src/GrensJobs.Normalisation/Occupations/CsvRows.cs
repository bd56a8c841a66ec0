using System.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>A small, fast RFC 4180 reader for the seed files (quoted fields, doubled quotes, embedded newlines).</summary>
internal static class CsvRows
{
    public static IEnumerable<string[]> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var fields = new List<string>(16);
        var field = new StringBuilder(64);
        var inQuotes = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return [.. fields];
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
