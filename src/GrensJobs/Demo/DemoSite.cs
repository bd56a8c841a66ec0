namespace GrensJobs.Demo;

/// <summary>One demo site: its id, folder and loopback port, and the port its seed files name.</summary>
internal sealed record DemoSite(string Id, string Directory, int Port, int SeedPort);
