using System.Runtime.CompilerServices;

namespace GrensJobs.Matching.Feeds;

/// <summary>A file of profiles in any format, one JSON record a line (<c>profiles import FILE --format NAME</c>).</summary>
public static class ProfileLines
{
    /// <summary>
    /// Every non-blank line of <paramref name="reader"/> read by <paramref name="format"/>, its position the line
    /// number (from 1), so an error reads <c>line 17 (UWV-2026-004711): "talen[1].mondeling" …</c> with
    /// <see cref="ProfileRecordResult.Locate"/>.
    /// </summary>
    public static async IAsyncEnumerable<ProfileRecordResult> ReadAsync(
        this IProfileFormat format, TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return format.ReadRecord(line, number);
            }
        }
    }
}
