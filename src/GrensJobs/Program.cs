using GrensJobs.Cli;

return await CommandLineApp.RunAsync(args);
