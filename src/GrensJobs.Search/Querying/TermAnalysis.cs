using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GrensJobs.Search.Querying;

/// <summary>Runs text through an analyzer and returns the terms.</summary>
internal static class TermAnalysis
{
    /// <summary>The terms at each position: the first is the whole token's, the others (position increment 0) its subwords.</summary>
    public static List<List<string>> Positions(Analyzer analyzer, string field, string text)
    {
        var positions = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([]);
            }

            positions[^1].Add(term.ToString());
        }

        stream.End();
        return positions;
    }

    /// <summary>Every term the analyzer produces for <paramref name="text"/>.</summary>
    public static IEnumerable<string> Terms(Analyzer analyzer, string field, string text) =>
        Positions(analyzer, field, text).SelectMany(p => p);
}
