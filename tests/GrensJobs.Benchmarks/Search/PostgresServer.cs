using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The PostgreSQL the peer runs on: the server named by <c>GRENSJOBS_BENCH_POSTGRES</c> (a connection string), or else a
/// private one started on loopback per CI-NOTES.md (initdb in a temporary directory as user postgres, a free port,
/// fsync off, benchmark settings) and stopped and deleted on dispose.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "GRENSJOBS_BENCH_POSTGRES";

    /// <summary>Server settings for a read benchmark on one machine; durability is irrelevant here.</summary>
    private static readonly string[] Settings =
    [
        "listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
        "shared_buffers=512MB", "work_mem=64MB", "maintenance_work_mem=512MB", "max_parallel_workers_per_gather=2",
        "jit=off", "max_wal_size=8GB", "checkpoint_timeout=30min", "effective_cache_size=4GB", "random_page_cost=1.1",
    ];

    private readonly string? binDirectory;
    private readonly string? directory;

    private PostgresServer(string connectionString, string description, string? binDirectory, string? directory)
    {
        ConnectionString = connectionString;
        Description = description;
        this.binDirectory = binDirectory;
        this.directory = directory;
    }

    public string ConnectionString { get; }

    /// <summary>Where the server is, for the benchmark's header line.</summary>
    public string Description { get; }

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return new PostgresServer(given, $"PostgreSQL from {EnvironmentVariable}", null, null);
        }

        var bin = FindBinDirectory();
        var directory = Directory.CreateTempSubdirectory("grensjobs-pg.").FullName;
        var asPostgres = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        if (asPostgres)
        {
            await RunAsync("chown", ["postgres", directory], asPostgres: false, cancellationToken);
        }

        var port = FreePort(55433);
        var data = Path.Combine(directory, "data");
        try
        {
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"],
                asPostgres, cancellationToken);
            var options = string.Join(' ', Settings.Select(s => "-c " + s).Prepend($"-p {port} -k {directory}"));
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(directory, "log"), "-w", "-o", options, "start"],
                asPostgres, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            var log = Path.Combine(directory, "log");
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "";
            Directory.Delete(directory, recursive: true);
            throw new InvalidOperationException($"{exception.Message}\n{tail}", exception);
        }

        var version = Path.GetFileName(Path.GetDirectoryName(bin)) ?? "?";
        return new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=0",
            $"private PostgreSQL {version} on 127.0.0.1:{port} ({directory})", bin, directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (binDirectory is null || directory is null)
        {
            return;
        }

        var asPostgres = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        await RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-m", "fast", "-w", "stop"],
            asPostgres, CancellationToken.None);
        Directory.Delete(directory, recursive: true);
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[^1]
            : throw new InvalidOperationException(
                $"PostgreSQL server binaries (initdb, pg_ctl) are not under {root}/<version>/bin. Install them " +
                $"(apt-get update && apt-get install -y postgresql) or set {EnvironmentVariable} to the connection string of a running server.");
    }

    private static int FreePort(int preferred)
    {
        for (var port = preferred; port < preferred + 100; port++)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try the next one.
            }
        }

        throw new InvalidOperationException($"no free TCP port in {preferred}–{preferred + 99} on 127.0.0.1");
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {await error}{await output}");
        }
    }
}
