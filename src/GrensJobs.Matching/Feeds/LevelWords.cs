using GrensJobs.Core.Languages;

namespace GrensJobs.Matching.Feeds;

/// <summary>A feed's words for language levels (<c>Grundkenntnisse</c> → A2), looked up in any case.</summary>
internal sealed class LevelWords(params (string Word, CefrLevel Level)[] words)
{
    private readonly Dictionary<string, CefrLevel> levels =
        words.ToDictionary(w => w.Word, w => w.Level, StringComparer.OrdinalIgnoreCase);

    /// <summary>The words for error messages: <c>basis, redelijk, goed, zeer goed, moedertaal</c>.</summary>
    public string Description { get; } = string.Join(", ", words.Select(w => w.Word));

    public CefrLevel? Find(string word) =>
        levels.TryGetValue(string.Join(' ', word.Split(' ', StringSplitOptions.RemoveEmptyEntries)), out var level) ? level : null;
}
