using System.Diagnostics;
using System.Globalization;

namespace GrensJobs.Cli;

/// <summary>A progress line on stderr for long work, redrawn at most twice a second and only on a terminal.</summary>
internal sealed class ProgressReporter(TextWriter writer, string verb, string unit = "lines")
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;
    private bool _drawn;

    public void Report(long count, long? total = null)
    {
        if (!_enabled || _clock.Elapsed - _last < TimeSpan.FromMilliseconds(500))
        {
            return;
        }

        _last = _clock.Elapsed;
        var rate = count / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var of = total is { } all ? string.Create(CultureInfo.InvariantCulture, $" of {all:N0}") : "";
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r{verb}: {count:N0}{of} {unit}, {rate:N0} {unit}/s…   "));
        _drawn = true;
    }

    public void Done()
    {
        if (_drawn)
        {
            writer.Write('\r');
            writer.Write(new string(' ', 60));
            writer.Write('\r');
        }
    }
}
