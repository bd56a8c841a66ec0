using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Core.Vacancies;

/// <summary>
/// The limits on one raw vacancy read by <c>import</c> and <c>normalise</c> (configuration section <c>Import</c>).
/// The defaults lie far above any real posting and far below what would hurt the machine; a line beyond them is a
/// located error and the rest of the input is still read.
/// </summary>
public sealed class InputLimits
{
    public const string SectionName = "Import";

    /// <summary>Longest line, in bytes of UTF-8 (without its line break). A longer line is refused unread.</summary>
    [Range(1_024, 268_435_456, ErrorMessage = "Import:MaxLineBytes must be between {1} and {2} bytes.")]
    public int MaxLineBytes { get; set; } = 1_048_576;

    /// <summary>Longest <c>title</c>, in characters.</summary>
    [Range(10, 100_000, ErrorMessage = "Import:MaxTitleCharacters must be between {1} and {2} characters.")]
    public int MaxTitleCharacters { get; set; } = 300;

    /// <summary>Longest <c>description</c> (HTML or text as given), in characters.</summary>
    [Range(100, 100_000_000, ErrorMessage = "Import:MaxDescriptionCharacters must be between {1} and {2} characters.")]
    public int MaxDescriptionCharacters { get; set; } = 100_000;
}
