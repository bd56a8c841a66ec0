using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// This process's memory from /proc (Linux): resident set (VmRSS, split into anonymous and file-backed), how much of
/// it is memory-mapped files inside one directory (the index), private dirty pages, and the managed heap.
/// </summary>
internal sealed record ProcessMemory(long RssBytes, long RssAnonBytes, long RssFileBytes, long MappedDirectoryRssBytes,
    long PrivateDirtyBytes, long ManagedHeapBytes, long ManagedCommittedBytes)
{
    public long RssWithoutMappedDirectoryBytes => RssBytes - MappedDirectoryRssBytes;

    public static ProcessMemory Read(string mappedDirectory)
    {
        var status = Fields("/proc/self/status");
        var full = Path.GetFullPath(mappedDirectory).TrimEnd('/') + "/";
        long mapped = 0;
        long privateDirty = 0;
        var inDirectory = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (IsMappingHeader(line, out var path))
            {
                inDirectory = path is not null && path.StartsWith(full, StringComparison.Ordinal);
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal) && inDirectory)
            {
                mapped += Kilobytes(line);
            }
            else if (line.StartsWith("Private_Dirty:", StringComparison.Ordinal))
            {
                privateDirty += Kilobytes(line);
            }
        }

        var gc = GC.GetGCMemoryInfo();
        return new ProcessMemory(status.GetValueOrDefault("VmRSS"), status.GetValueOrDefault("RssAnon"),
            status.GetValueOrDefault("RssFile"), mapped, privateDirty, gc.HeapSizeBytes, gc.TotalCommittedBytes);
    }

    /// <summary>The highest resident set this process has had so far (VmHWM).</summary>
    public static long PeakRssBytes() => Fields("/proc/self/status").GetValueOrDefault("VmHWM");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"RSS {Mb(RssBytes)} (anonymous {Mb(RssAnonBytes)}, file-backed {Mb(RssFileBytes)}); memory-mapped index files {Mb(MappedDirectoryRssBytes)}; RSS without them {Mb(RssWithoutMappedDirectoryBytes)}; private dirty {Mb(PrivateDirtyBytes)}; managed heap {Mb(ManagedHeapBytes)} (committed {Mb(ManagedCommittedBytes)})");

    public static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N0} MB");

    /// <summary>A mapping line of smaps: "start-end perms offset dev inode [path]"; field lines are "Name: value kB".</summary>
    private static bool IsMappingHeader(string line, out string? path)
    {
        path = null;
        var firstSpace = line.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace <= 0 || line[firstSpace - 1] == ':' || !line.AsSpan(0, firstSpace).Contains('-'))
        {
            return false;
        }

        var slash = line.IndexOf('/', StringComparison.Ordinal);
        path = slash >= 0 ? line[slash..].Replace(" (deleted)", "", StringComparison.Ordinal) : null;
        return true;
    }

    private static Dictionary<string, long> Fields(string file)
    {
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.EndsWith(" kB", StringComparison.Ordinal))
            {
                fields[line[..colon]] = Kilobytes(line);
            }
        }

        return fields;
    }

    private static long Kilobytes(string line)
    {
        var value = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim();
        return long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) * 1024;
    }
}
