namespace GrensJobs.Search.Querying;

/// <summary>One query word as one language's analyzer sees it: the term of the whole word and any compound parts.</summary>
internal sealed record AnalysedWord(string Term, IReadOnlyList<string> Parts);
