using GrensJobs.Ingestion.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class AuthorityGateTests : IDisposable
{
    private static readonly Uri Page = new("https://karriere.kleve-antriebstechnik.example.de/stellen/1");
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
    private readonly AuthorityGate gate;

    public AuthorityGateTests() =>
        gate = new AuthorityGate(time, Options.Create(new CrawlHttpOptions()), NullLogger<AuthorityGate>.Instance);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitForSlot_SecondRequest_WaitsTheInterval()
    {
        await gate.WaitForSlotAsync(Page, Interval, Token);

        var second = gate.WaitForSlotAsync(Page, Interval, Token);
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await second.WaitAsync(TimeSpan.FromSeconds(5), Token);
    }

    [Fact]
    public async Task WaitForSlot_AnsweredLate_NextSlotIsTheIntervalAfterTheAnswer()
    {
        await gate.WaitForSlotAsync(Page, Interval, Token);
        time.Advance(TimeSpan.FromMilliseconds(300));
        gate.Answered(Page, Interval);

        var next = gate.WaitForSlotAsync(Page, Interval, Token);
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(next.IsCompleted, "sent 499 ms after the answer");
        time.Advance(TimeSpan.FromMilliseconds(1));

        await next.WaitAsync(TimeSpan.FromSeconds(5), Token);
    }

    [Fact]
    public async Task WaitForSlot_SenderWokeLate_FollowingRequestKeepsTheFullInterval()
    {
        await gate.WaitForSlotAsync(Page, Interval, Token);
        var late = gate.WaitForSlotAsync(Page, Interval, Token);

        // Its slot was at 500 ms, but it only runs at 700 ms (a pause): the one after it waits until 1200 ms, not 1000 ms.
        time.Advance(TimeSpan.FromMilliseconds(700));
        await late.WaitAsync(TimeSpan.FromSeconds(5), Token);
        var following = gate.WaitForSlotAsync(Page, Interval, Token);
        time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.False(following.IsCompleted, "sent 300 ms after the late request");
        time.Advance(TimeSpan.FromMilliseconds(200));

        await following.WaitAsync(TimeSpan.FromSeconds(5), Token);
    }

    [Fact]
    public async Task WaitForSlot_OtherAuthority_DoesNotWait()
    {
        await gate.WaitForSlotAsync(Page, Interval, Token);

        var other = gate.WaitForSlotAsync(new Uri("https://www.zorggroep-maasland.example.be/vacatures"), Interval, Token);

        Assert.True(other.IsCompleted);
        await other;
    }

    public void Dispose() => gate.Dispose();
}
