using GrensJobs.Benchmarks;

// Benchmarks are commands, not timed tests: they print their figures for the README's performance table.
//   dotnet run -c Release --project tests/GrensJobs.Benchmarks -- normalise [--count N] [--quick]
var arguments = BenchmarkArguments.Parse(args);
return arguments.Suite switch
{
    "normalise" => await NormaliseBenchmark.RunAsync(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: GrensJobs.Benchmarks normalise [--count N] [--seed S] [--quick]");
    return 2;
}
