using System.Globalization;
using System.Text;
using GrensJobs.Ingestion.Crawling;

namespace GrensJobs.Cli;

/// <summary>
/// What <c>crawl</c> says on stderr while it runs: each problem as one line when it happens (at most
/// <see cref="ProblemLinesPerSource"/> per source; the summary counts the rest), each source's summary when it ends,
/// and the progress of the running sources (pages, open vacancies, problems) — redrawn in place twice a second on a
/// terminal, one line every <see cref="RedirectedInterval"/> when stderr is a file or a pipe.
/// </summary>
internal sealed class CrawlProgressDisplay : IAsyncDisposable
{
    public const int ProblemLinesPerSource = 20;

    public static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(500);

    public static readonly TimeSpan RedirectedInterval = TimeSpan.FromSeconds(10);

    private readonly TextWriter writer;
    private readonly bool terminal;
    private readonly int width;
    private readonly Lock gate = new();
    private readonly List<CrawlProgress> running = [];
    private readonly Dictionary<string, int> problems = new(StringComparer.Ordinal);
    private readonly ITimer timer;
    private int drawn;

    /// <param name="writer">stderr.</param>
    /// <param name="terminal">stderr is a terminal: the progress line is redrawn in place, cut to <paramref name="width"/>.</param>
    /// <param name="width">Columns of the terminal.</param>
    /// <param name="time">The clock of the redraws.</param>
    public CrawlProgressDisplay(TextWriter writer, bool terminal, int width, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.writer = writer;
        this.terminal = terminal;
        this.width = Math.Max(width, 40);
        var interval = terminal ? TerminalInterval : RedirectedInterval;
        timer = time.CreateTimer(_ => Tick(), null, interval, interval);
    }

    public void Started(CrawlProgress run)
    {
        lock (gate)
        {
            running.Add(run);
        }
    }

    public void Problem(string source, string problem)
    {
        lock (gate)
        {
            var shown = problems.GetValueOrDefault(source);
            problems[source] = shown + 1;
            if (shown < ProblemLinesPerSource)
            {
                WriteLineLocked($"crawl {source}: {problem}");
            }
            else if (shown == ProblemLinesPerSource)
            {
                WriteLineLocked($"crawl {source}: more problems; only their number is given in the summary");
            }
        }
    }

    /// <summary>A source's run ended: its progress stops and its summary is printed.</summary>
    public void Finished(string source, string summary)
    {
        lock (gate)
        {
            running.RemoveAll(run => run.Source == source);
            WriteLineLocked(summary);
        }
    }

    /// <summary>The progress of the running sources, one line: <c>crawl: venlo-techniek 12 pages, 5 vacancies, 0 problems · …</c>.</summary>
    public static string Describe(IEnumerable<CrawlProgress> runs)
    {
        var line = new StringBuilder("crawl:");
        var first = true;
        foreach (var run in runs)
        {
            line.Append(first ? " " : " · ").Append(CultureInfo.InvariantCulture,
                $"{run.Source} {run.Pages:N0} {Plural(run.Pages, "page")}, {run.Found:N0} {Plural(run.Found, "vacancy", "vacancies")}, {run.Problems:N0} {Plural(run.Problems, "problem")}");
            first = false;
        }

        return line.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await timer.DisposeAsync().ConfigureAwait(false);
        lock (gate)
        {
            ClearLocked();
        }
    }

    internal static string Plural(int count, string one, string? many = null) => count == 1 ? one : many ?? one + "s";

    private void Tick()
    {
        lock (gate)
        {
            if (running.Count == 0)
            {
                return;
            }

            var line = Describe(running);
            if (terminal)
            {
                line = line.Length > width - 1 ? line[..(width - 2)] + "…" : line;
                ClearLocked();
                writer.Write(line);
                writer.Flush();
                drawn = line.Length;
            }
            else
            {
                writer.WriteLine(line + " so far");
                writer.Flush();
            }
        }
    }

    private void WriteLineLocked(string line)
    {
        ClearLocked();
        writer.WriteLine(line);
        writer.Flush();
    }

    private void ClearLocked()
    {
        if (drawn > 0)
        {
            writer.Write('\r');
            writer.Write(new string(' ', drawn));
            writer.Write('\r');
            drawn = 0;
        }
    }
}
