using GrensJobs.Core.Occupations;
using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The Lucene query for the words of a search, the words it kept (folded) and the occupation they name; when the
/// spelling was checked on the way (<see cref="SpellingChecked"/>), its <see cref="Correction"/> (null: nothing to correct).
/// </summary>
internal sealed record TextQuery(Query Query, IReadOnlyList<string> Words, OccupationMatch? Occupation, bool SpellingChecked = false, string? Correction = null);
