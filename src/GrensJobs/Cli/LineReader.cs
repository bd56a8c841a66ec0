using System.Text;

namespace GrensJobs.Cli;

/// <summary>Reads JSON lines (UTF-8, BOM tolerated) from a file or, for "-", from stdin, numbering them from 1.</summary>
internal static class LineReader
{
    public static TextReader Open(string fileOrDash)
    {
        if (fileOrDash == "-")
        {
            return new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }

        if (!File.Exists(fileOrDash))
        {
            throw new FileNotFoundException($"{fileOrDash}: no such file", fileOrDash);
        }

        return new StreamReader(fileOrDash, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
    }

    /// <summary>Non-blank lines with their 1-based line numbers, in chunks for parallel work.</summary>
    public static async IAsyncEnumerable<List<NumberedLine>> ReadChunksAsync(
        TextReader reader, int chunkSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<NumberedLine>(chunkSize);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            chunk.Add(new NumberedLine(number, line));
            if (chunk.Count == chunkSize)
            {
                yield return chunk;
                chunk = new List<NumberedLine>(chunkSize);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}

internal readonly record struct NumberedLine(int Number, string Text);
