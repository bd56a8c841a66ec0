namespace GrensJobs.Search.Querying;

/// <summary>
/// The engine's own bounds on the work one query text may cause. Requests beyond <see cref="SearchLimits"/> are refused
/// before they reach the engine; these bounds hold even for a text that was not checked (a caller that skipped the
/// check, a future entry point), so that no text can make a search expensive. Each names the mechanism it bounds.
/// </summary>
internal static class QueryBounds
{
    /// <summary>
    /// Characters of a query text the engine reads; the rest is ignored. Equal to the documented limit, so a request
    /// within the limits is never cut.
    /// </summary>
    public const int MaxCharacters = SearchLimits.MaxQueryCharacters;

    /// <summary>
    /// Words the engine searches, as it splits them (at spaces and at the punctuation of titles, so "CNC-frezer" is two):
    /// twice the documented limit, so that a request within it is never cut, and far below Lucene's 1,024 clauses per
    /// query (each word is one clause of the words' query).
    /// </summary>
    public const int MaxWords = 2 * SearchLimits.MaxQueryWords;

    /// <summary>
    /// The longest word searched with typo tolerance (fuzzy title terms, spelling suggestions). The cost of a
    /// Levenshtein automaton and of comparing against the vocabulary grows with the word; the longest occupation
    /// words ("Kraftfahrzeugmechatronikerin", "Kindertagesstättenleiterin") have fewer than 30 letters.
    /// </summary>
    public const int MaxTypoLetters = 32;

    /// <summary>
    /// Words of one query searched with typo tolerance (the first unknown ones); the others must match as written. Each
    /// costs Lucene six Levenshtein automata (the spelling field and the title field of each language), up to tens of
    /// milliseconds for a long word; with three, 32 unknown words cost ~40 ms at 100k vacancies (hostile benchmark).
    /// </summary>
    public const int MaxTypoWords = 3;

    /// <summary>
    /// The longest word allowed two edits. A two-edit Levenshtein automaton costs Lucene tens of milliseconds to
    /// compile for a word of 20 letters and more (measured: 20–90 ms, against 1–2 ms for one edit), so longer words get
    /// one edit: the one letter a typo changes in "Altenpflegefachkrafz".
    /// </summary>
    public const int MaxTwoEditLetters = 12;

    /// <summary>
    /// The edits allowed for a word of <paramref name="letters"/> letters: none below 4 or above
    /// <see cref="MaxTypoLetters"/>, one up to 7, two from 8 to <see cref="MaxTwoEditLetters"/>, one above.
    /// </summary>
    public static int MaxEdits(int letters) => letters switch
    {
        < 4 => 0,
        < 8 => 1,
        <= MaxTwoEditLetters => 2,
        <= MaxTypoLetters => 1,
        _ => 0,
    };
}
