using System.Text;
using GrensJobs.Cli;

namespace GrensJobs.Tests.Cli;

public sealed class JsonLineReaderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_BomCrLfBlankLinesAndNoFinalBreak_NumbersEveryLineFromOne()
    {
        var input = "\uFEFF{\"title\": \"Lasser (m/v/x)\"}\r\n\r\n   \n{\"title\": \"Schweißer (m/w/d)\"}"u8.ToArray();

        var lines = await ReadAllAsync(input, maxLineBytes: 1_024);

        Assert.Equal([new NumberedLine(1, "{\"title\": \"Lasser (m/v/x)\"}"), new NumberedLine(4, "{\"title\": \"Schweißer (m/w/d)\"}")], lines);
    }

    [Fact]
    public async Task Read_InvalidUtf8_IsALocatedErrorNotAReplacementCharacter()
    {
        // "Verkäufer" in Latin-1: 0xE4 is not UTF-8; it is the 16th byte of the line.
        var input = Encoding.UTF8.GetBytes("{\"title\": \"Lasser\"}\n")
            .Concat(Encoding.Latin1.GetBytes("{\"title\": \"Verkäufer (m/w/d)\"}\n"))
            .Concat(Encoding.UTF8.GetBytes("{\"title\": \"Kassierer (m/w/d)\"}\n"))
            .ToArray();

        var lines = await ReadAllAsync(input, maxLineBytes: 1_024);

        Assert.Equal(3, lines.Count);
        Assert.Null(lines[0].Error);
        Assert.Equal(2, lines[1].Number);
        Assert.Equal("not valid UTF-8 at byte 16 (save the file as UTF-8)", lines[1].Error);
        Assert.Equal("{\"title\": \"Kassierer (m/w/d)\"}", lines[2].Text);
        Assert.DoesNotContain(lines, line => line.Text.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_LineAtTheLimit_IsReadAndOneByteMoreIsSkippedWithItsSize()
    {
        var atLimit = "{\"title\": \"" + new string('a', 100 - 13) + "\"}";
        var overLimit = "{\"title\": \"" + new string('a', 101 - 13) + "\"}";
        var input = Encoding.UTF8.GetBytes($"{atLimit}\n{overLimit}\n{{\"title\": \"Koch (m/w/d)\"}}\n");

        var lines = await ReadAllAsync(input, maxLineBytes: 100);

        Assert.Equal(100, Encoding.UTF8.GetByteCount(atLimit));
        Assert.Equal(atLimit, lines[0].Text);
        Assert.Equal(2, lines[1].Number);
        Assert.Equal("the line is 101 bytes long, the limit is 100 (Import:MaxLineBytes); it was skipped", lines[1].Error);
        Assert.Equal(new NumberedLine(3, "{\"title\": \"Koch (m/w/d)\"}"), lines[2]);
    }

    [Fact]
    public async Task Read_OverLongLastLineWithoutBreak_IsReported()
    {
        var input = Encoding.UTF8.GetBytes("{\"title\": \"Koch\"}\n{\"description\": \"" + new string('x', 5_000));

        var lines = await ReadAllAsync(input, maxLineBytes: 1_024);

        Assert.Equal(2, lines.Count);
        Assert.Equal("the line is 5,017 bytes long, the limit is 1,024 (Import:MaxLineBytes); it was skipped", lines[1].Error);
    }

    [Fact]
    public async Task Read_GzipFile_KeepsItsFirstBytesAndCountsBinaryLines()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var i = 0; i < 2_000; i++)
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes($"{{\"id\": \"{i}\", \"title\": \"Lasser {i} (m/v/x)\", \"location\": {{\"place\": \"Venlo\"}}}}\n"), Token);
            }
        }

        await using var reader = new JsonLineReader(new MemoryStream(compressed.ToArray()), 1_048_576);
        var lines = new List<NumberedLine>();
        await foreach (var chunk in reader.ReadChunksAsync(100, Token))
        {
            lines.AddRange(chunk);
        }

        Assert.Equal([0x1F, 0x8B], reader.Head.Span[..2].ToArray());
        Assert.True(reader.BinaryLines > 0);
        Assert.Contains(lines, line => line.Error?.StartsWith("not valid UTF-8 at byte", StringComparison.Ordinal) == true);
    }

    internal static async Task<List<NumberedLine>> ReadAllAsync(byte[] input, int maxLineBytes)
    {
        await using var reader = new JsonLineReader(new MemoryStream(input), maxLineBytes);
        var lines = new List<NumberedLine>();
        await foreach (var chunk in reader.ReadChunksAsync(2, Token))
        {
            lines.AddRange(chunk);
        }

        return lines;
    }
}
