using GrensJobs.Benchmarks;

// Benchmarks are commands, not timed tests: they print their figures for the README's performance table.
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- normalise [--count N] [--quick]
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- corpus --count N [--seed S] | grensjobs import -
var arguments = BenchmarkArguments.Parse(args);
return arguments.Suite switch
{
    "normalise" => await NormaliseBenchmark.RunAsync(arguments),
    "corpus" => await CorpusCommand.RunAsync(arguments, CancellationToken.None),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: GrensJobs.Benchmarks normalise [--count N] [--seed S] [--quick]");
    Console.Error.WriteLine("       GrensJobs.Benchmarks corpus --count N [--seed S]    (raw JSON lines on stdout)");
    return 2;
}
