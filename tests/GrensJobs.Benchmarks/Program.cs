using GrensJobs.Benchmarks;
using GrensJobs.Benchmarks.Crawl;
using GrensJobs.Benchmarks.Linker;
using GrensJobs.Benchmarks.Matching;
using GrensJobs.Benchmarks.DemoSites;
using GrensJobs.Benchmarks.Hostile;
using GrensJobs.Benchmarks.Search;
using GrensJobs.Benchmarks.Soak;

// Benchmarks are commands, not timed tests: they print their figures for the README's performance table.
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- normalise [--count N] [--quick]
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- corpus --count N [--seed S] | grensjobs import -
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- peer --count N [--queries Q] [--quick] [--explain]
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- crawl [--hosts 100] [--rate 2] [--pages 100000] [--quick]
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- search --count N [--queries Q] [--quick] [--skip-peer] [--work DIR]
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- search --count N --index DIR [--passes P]   (serving only, in this process, on a kept index: profiling)
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- index --count N [--passes P]   (bulk indexing alone: profiling)
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- linker-train [--out seeds/esco/linker_weights.csv] [--tune ../shared/data/occupation-titles]
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- linker-calibrate --tune ../shared/data/occupation-titles
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- soak [--minutes 10] [--quick]   (serve beside imports, crawls and searches)
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- match [--vacancies N] [--profiles M] [--queries Q] [--check C] [--seed S] [--quick]   (matching, both directions)
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- hostile --count N [--queries Q] [--quick]   (hostile queries: bounded cost)
var arguments = BenchmarkArguments.Parse(args);
return arguments.Suite switch
{
    "normalise" => await NormaliseBenchmark.RunAsync(arguments),
    "corpus" => await CorpusCommand.RunAsync(arguments, CancellationToken.None),
    "peer" => await PeerBenchmark.RunAsync(arguments, CancellationToken.None),
    "search" => await SearchBenchmark.RunAsync(arguments, CancellationToken.None),
    "index" => await IndexBenchmark.RunAsync(arguments, CancellationToken.None),
    "hostile" => await HostileBenchmark.RunAsync(arguments, CancellationToken.None),
    "match" => await MatchBenchmark.RunAsync(arguments, CancellationToken.None),
    "crawl" => await CrawlBenchmark.RunAsync(arguments, CancellationToken.None),
    "demo-sites" => await DemoSitesCommand.RunAsync(arguments, CancellationToken.None),
    "soak" => await SoakBenchmark.RunAsync(arguments, CancellationToken.None),
    "linker-train" => LinkerTraining.Run(arguments),
    "linker-calibrate" => LinkerTraining.Calibrate(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: GrensJobs.Benchmarks normalise [--count N] [--seed S] [--quick]");
    Console.Error.WriteLine("       GrensJobs.Benchmarks corpus --count N [--seed S]    (raw JSON lines on stdout)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks peer [--count N] [--queries Q] [--seed S] [--quick] [--explain]");
    Console.Error.WriteLine("       GrensJobs.Benchmarks search [--count N] [--queries Q] [--seed S] [--quick] [--skip-peer] [--work DIR]");
    Console.Error.WriteLine("       GrensJobs.Benchmarks search --count N --index DIR [--passes P]    (serving only, on a kept index)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks index --count N [--passes P] [--work DIR]    (bulk indexing alone, in memory)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks hostile [--count N] [--queries Q] [--seed S] [--quick]    (hostile queries against N vacancies)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks match [--vacancies N] [--profiles M] [--queries Q] [--check C] [--seed S] [--quick] [--work DIR]    (profile → vacancies and vacancy → profiles, against exhaustive scoring; --quick: 20,000 / 5,000)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks crawl [--hosts 100] [--rate 2] [--pages 100000] [--quick]    (--quick: 5,000 pages)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks soak [--minutes 10] [--quick]    (serve --demo with imports, crawls and searches from other processes; --quick: 1 minute)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks linker-train [--out seeds/esco/linker_weights.csv] [--tune DIR]    (learn the occupation linker's weights)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks linker-calibrate --tune DIR [--out seeds/esco/linker_weights.csv]    (refit only the tune-half calibration)");
    Console.Error.WriteLine("       GrensJobs.Benchmarks demo-sites [--out seeds/demo/sites] [--seed S]    (the serve --demo sites)");
    return 2;
}
