using GrensJobs.Matching.Feeds.Ba;
using GrensJobs.Matching.Feeds.Uwv;
using GrensJobs.Matching.Feeds.Vdab;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// The profile formats by name: <c>grensjobs</c> (the canonical profile of CONTRACTS.md), <c>uwv</c>, <c>ba</c> and
/// <c>vdab</c> (the service feeds' records, FORMATS-*.md). <c>profiles import FILE --format NAME</c> reads a file line
/// by line through the format of that name; the feed clients read their pages' items through the same formats.
/// </summary>
public static class ProfileFormats
{
    public static IProfileFormat GrensJobs { get; } = new GrensJobsFormat();

    public static IProfileFormat Uwv { get; } = UwvFormat.Instance;

    public static IProfileFormat Ba { get; } = BaFormat.Instance;

    public static IProfileFormat Vdab { get; } = VdabFormat.Instance;

    public static IReadOnlyList<IProfileFormat> All { get; } = [GrensJobs, Uwv, Ba, Vdab];

    /// <summary>The known names, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(format => format.Name)];

    /// <summary>The format named <paramref name="name"/> (any case, spaces trimmed).</summary>
    /// <exception cref="UnknownProfileFormatException">No format has that name; the message lists the known ones.</exception>
    public static IProfileFormat Get(string? name) =>
        TryGet(name, out var format)
            ? format
            : throw new UnknownProfileFormatException(
                $"unknown profile format \"{name?.Trim()}\"; known formats: {string.Join(", ", Names)}");

    public static bool TryGet(string? name, out IProfileFormat format)
    {
        var wanted = name?.Trim();
        format = All.FirstOrDefault(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase))!;
        return format is not null;
    }
}
