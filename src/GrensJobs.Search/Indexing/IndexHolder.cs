using System.Globalization;
using System.Text.Json;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Who holds an index's writer: the process, what it runs (<c>serve</c>, <c>import</c>…) and since when. Written beside
/// the index by the holder once it has the lock, so that a process refused the lock can say who has it.
/// </summary>
public sealed record IndexHolder(int ProcessId, string Verb, DateTimeOffset Since)
{
    /// <summary>"serve (process 4242, since 22:31:05 UTC)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Verb} (process {ProcessId}, since {Since.UtcDateTime:HH:mm:ss} UTC)");

    /// <summary>Whether the recorded process still runs (a holder killed before the next one wrote its record leaves a stale one).</summary>
    public bool IsRunning()
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(ProcessId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    internal static string PathFor(string indexPath) => indexPath.TrimEnd(System.IO.Path.DirectorySeparatorChar) + ".holder";

    /// <summary>The recorded holder of the index at <paramref name="indexPath"/>, or null when none is recorded or it no longer runs.</summary>
    public static IndexHolder? Read(string indexPath)
    {
        try
        {
            var holder = JsonSerializer.Deserialize(File.ReadAllText(PathFor(indexPath)), IndexHolderJsonContext.Default.IndexHolder);
            return holder is not null && holder.IsRunning() ? holder : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Records this holder beside the index (written whole, then moved into place).</summary>
    internal void Write(string indexPath)
    {
        var path = PathFor(indexPath);
        var temporary = path + "." + ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, IndexHolderJsonContext.Default.IndexHolder));
        File.Move(temporary, path, overwrite: true);
    }

    internal static void Remove(string indexPath)
    {
        try
        {
            File.Delete(PathFor(indexPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Informational only: the next holder overwrites it.
        }
    }
}
