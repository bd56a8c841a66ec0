using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Storage;

/// <summary>Where the store lives and how long a writer waits for another process's write lock.</summary>
public sealed class StoreOptions
{
    /// <summary>The data directory; the store is <c>grensjobs.db</c> inside it. Created when missing.</summary>
    [Required]
    public string DataDirectory { get; set; } = "";

    /// <summary>How long an operation waits for a lock held by another connection or process before failing.</summary>
    [Range(100, 600_000)]
    public int BusyTimeoutMs { get; set; } = 30_000;
}
