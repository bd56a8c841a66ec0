namespace GrensJobs.Ingestion.Http;

/// <summary>Counts the bytes read from a (compressed) stream, for the decompression ratio.</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyStreamWrapper(inner)
{
    private long bytesRead;

    public long BytesRead => Volatile.Read(ref bytesRead);

    protected override long BytesSoFar => BytesRead;

    public override int Read(Span<byte> buffer) => Add(Inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Add(await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Add(int read)
    {
        Interlocked.Add(ref bytesRead, read);
        return read;
    }
}
