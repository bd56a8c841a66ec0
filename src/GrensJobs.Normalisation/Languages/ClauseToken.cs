using GrensJobs.Core.Languages;

namespace GrensJobs.Normalisation.Languages;

/// <summary>One word (or phrase, or list comma) of a sentence, classified; offsets into the sentence's text.</summary>
internal readonly record struct ClauseToken(
    TokenKind Kind,
    int Start,
    int End,
    string Folded,
    LanguageWord? Language = null,
    CefrLevel? Level = null,
    bool IsComma = false)
{
    /// <summary>True for a level read from an explicit code such as "B2".</summary>
    public bool IsCode => Kind == TokenKind.Level && Folded.Length == 2 && char.IsAsciiDigit(Folded[1]);
}
