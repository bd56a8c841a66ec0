using GrensJobs.Cli;

namespace GrensJobs.Tests.Cli;

/// <summary>Measures allocations, so it runs alone (see <see cref="AllocationMeasurements"/>).</summary>
[Collection(AllocationMeasurements.Name)]
public sealed class JsonLineReaderMemoryTests
{
    [Fact]
    public async Task Read_200MegabyteLine_IsSkippedWithoutHoldingIt()
    {
        const long lineBytes = 200L * 1024 * 1024;
        var stream = new OneHugeLineStream(
            "{\"title\": \"Schweißer (m/w/d)\", \"description\": \""u8.ToArray(), 'a', lineBytes,
            "\"}\n{\"title\": \"Lasser (m/v/x)\"}\n"u8.ToArray());
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var lines = new List<NumberedLine>();
        await using (var reader = new JsonLineReader(stream, 1_048_576))
        {
            await foreach (var chunk in reader.ReadChunksAsync(10, TestContext.Current.CancellationToken))
            {
                lines.AddRange(chunk);
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("the line is 209,715,", lines[0].Error, StringComparison.Ordinal);
        Assert.Equal("{\"title\": \"Lasser (m/v/x)\"}", lines[1].Text);
        // Reading the line whole would take 200 MB of bytes and 400 MB of characters.
        Assert.True(allocated < 32L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    /// <summary>A stream of a prefix, <c>count</c> copies of one byte and a suffix, produced as it is read.</summary>
    private sealed class OneHugeLineStream(byte[] prefix, char filler, long count, byte[] suffix) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => prefix.Length + count + suffix.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int length) => Read(buffer.AsSpan(offset, length));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && _position < Length)
            {
                buffer[written++] = _position < prefix.Length ? prefix[_position]
                    : _position < prefix.Length + count ? (byte)filler
                    : suffix[_position - prefix.Length - count];
                _position++;
            }

            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
