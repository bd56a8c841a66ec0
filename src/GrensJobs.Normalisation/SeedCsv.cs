using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace GrensJobs.Normalisation;

/// <summary>Reads the RFC 4180 seed files (UTF-8, header row, quoted fields) with CsvHelper's parser.</summary>
internal static class SeedCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = true,
        BadDataFound = null,
        DetectColumnCountChanges = false,
        IgnoreBlankLines = true,
    };

    /// <summary>Every data row of <paramref name="path"/>; the header row is skipped.</summary>
    public static IEnumerable<string[]> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var parser = new CsvParser(reader, Configuration);
        var header = true;
        while (parser.Read())
        {
            if (header)
            {
                header = false;
                continue;
            }

            yield return parser.Record ?? [];
        }
    }
}
