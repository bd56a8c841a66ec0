using GrensJobs.Cli;
using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Tests.Cli;

public sealed class CrawlProgressDisplayTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Display_Redirected_OneProgressLineEveryTenSecondsAndNothingBetween()
    {
        var output = new StringWriter();
        var pages = 0;
        await using (var display = new CrawlProgressDisplay(output, terminal: false, width: 0, time))
        {
            display.Started(new CrawlProgress("kleve-metall", () => pages, () => 7, () => 1));
            pages = 12;
            time.Advance(TimeSpan.FromSeconds(9));
            Assert.Equal("", output.ToString());

            time.Advance(TimeSpan.FromSeconds(1));
            pages = 52;
            time.Advance(TimeSpan.FromSeconds(10));
            display.Finished("kleve-metall", "crawl kleve-metall: partial — 52 pages");
            time.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(
            [
                "crawl: kleve-metall 12 pages, 7 vacancies, 1 problem so far",
                "crawl: kleve-metall 52 pages, 7 vacancies, 1 problem so far",
                "crawl kleve-metall: partial — 52 pages",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Display_Terminal_RedrawsOneLineInPlaceAndClearsItBeforeAProblem()
    {
        var output = new StringWriter();
        await using (var display = new CrawlProgressDisplay(output, terminal: true, width: 200, time))
        {
            display.Started(new CrawlProgress("venlo-techniek", () => 3, () => 1, () => 0));
            display.Started(new CrawlProgress("liege-industrie", () => 1, () => 0, () => 0));
            time.Advance(TimeSpan.FromMilliseconds(500));
            display.Problem("venlo-techniek", "http://127.0.0.1:5091/vacatures/lasser: HTTP 404 (linked from a job listing); skipped");
        }

        const string Line = "crawl: venlo-techniek 3 pages, 1 vacancy, 0 problems · liege-industrie 1 page, 0 vacancies, 0 problems";
        Assert.Equal(
            Line + "\r" + new string(' ', Line.Length) + "\r"
            + "crawl venlo-techniek: http://127.0.0.1:5091/vacatures/lasser: HTTP 404 (linked from a job listing); skipped" + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public async Task Display_ManyProblems_ShowsTheFirstTwentyThenOneLine()
    {
        var output = new StringWriter();
        await using (var display = new CrawlProgressDisplay(output, terminal: false, width: 0, time))
        {
            for (var i = 1; i <= 25; i++)
            {
                display.Problem("hasselt-zorg", $"http://127.0.0.1:5094/vacature/{i}: HTTP 503 after 4 attempts; skipped");
            }
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CrawlProgressDisplay.ProblemLinesPerSource + 1, lines.Length);
        Assert.Equal("crawl hasselt-zorg: http://127.0.0.1:5094/vacature/20: HTTP 503 after 4 attempts; skipped", lines[19]);
        Assert.Equal("crawl hasselt-zorg: more problems; only their number is given in the summary", lines[20]);
    }
}
