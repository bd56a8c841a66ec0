namespace GrensJobs.Ingestion.Http;

/// <summary>
/// A read-only body stream that fails (with <see cref="BodyRejectedException"/>) once the body exceeds its byte
/// limit, once decompressed bytes exceed ratio × compressed bytes plus an allowance (a gzip bomb), or once the
/// deadline for the whole body has passed (a server that drips its body).
/// </summary>
internal sealed class GuardedBodyStream(
    Stream inner, CountingStream? compressed, BodyLimits limits, TimeProvider time, long deadlineTimestamp) : ReadOnlyStreamWrapper(inner)
{
    private long total;

    protected override long BytesSoFar => total;

    public override int Read(Span<byte> buffer)
    {
        ThrowIfLate();
        return Count(Inner.Read(buffer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var remaining = ThrowIfLate();
        using var timeout = new CancellationTokenSource(remaining, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return Count(await Inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Late();
        }
    }

    private int Count(int read)
    {
        total += read;
        if (total > limits.MaxBytes)
        {
            throw new BodyRejectedException($"the body is over the limit of {limits.MaxBytes} bytes");
        }

        if (compressed is not null && total > (compressed.BytesRead * limits.MaxRatio) + limits.RatioAllowance)
        {
            throw new BodyRejectedException(
                $"the body decompressed to over {limits.MaxRatio} times its {compressed.BytesRead} compressed bytes (a decompression bomb?)");
        }

        return read;
    }

    private TimeSpan ThrowIfLate()
    {
        var remaining = deadlineTimestamp == long.MaxValue
            ? Timeout.InfiniteTimeSpan
            : time.GetElapsedTime(time.GetTimestamp(), deadlineTimestamp);
        if (remaining != Timeout.InfiniteTimeSpan && remaining <= TimeSpan.Zero)
        {
            throw Late();
        }

        return remaining;
    }

    private BodyRejectedException Late() => new($"the body did not arrive within {limits.Deadline.TotalSeconds:0.###} s");
}
