namespace GrensJobs.Search.Indexing;

/// <summary>
/// The operating-system lock that makes one process at a time the writer of an index: an exclusive lock on the file
/// <c>&lt;index&gt;.lock</c> beside the index directory, held open for the writer's life and released by the operating
/// system when the process ends, however it ends. The file is never deleted or re-created (a process refused the lock
/// leaves it alone), so a holder's lock cannot be lost to another process. It lies outside the index directory, so the
/// holder can move a broken index aside without letting go.
/// </summary>
/// <remarks>
/// .NET takes an exclusive <c>flock</c> for <see cref="FileShare.None"/> on Unix (per open file, so two opens in one
/// process exclude each other too) and a sharing-mode lock on Windows.
/// </remarks>
internal sealed class IndexWriterLock : IDisposable
{
    private readonly FileStream _file;
    private readonly string _indexPath;

    private IndexWriterLock(FileStream file, string indexPath)
    {
        _file = file;
        _indexPath = indexPath;
    }

    /// <summary>Takes the lock of the index at <paramref name="indexPath"/> for <paramref name="verb"/>, or returns null when another holds it.</summary>
    public static IndexWriterLock? TryAcquire(string indexPath, string verb, TimeProvider time)
    {
        var path = indexPath.TrimEnd(Path.DirectorySeparatorChar) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }

        new IndexHolder(Environment.ProcessId, verb, time.GetUtcNow()).Write(indexPath);
        return new IndexWriterLock(file, indexPath);
    }

    /// <summary>Lets go: the holder record goes first, so a record never outlives its lock in an orderly release.</summary>
    public void Dispose()
    {
        IndexHolder.Remove(_indexPath);
        _file.Dispose();
    }
}
