namespace GrensJobs.Tests;

/// <summary>
/// The system clock, except that its timestamps advance a whole second at every reading: a machine so slow that every
/// look at the clock finds another second gone (a search's time budget runs out at its first check).
/// </summary>
internal sealed class LeapingClock : TimeProvider
{
    private long _timestamp;

    public override long GetTimestamp() => Interlocked.Add(ref _timestamp, TimestampFrequency);
}
