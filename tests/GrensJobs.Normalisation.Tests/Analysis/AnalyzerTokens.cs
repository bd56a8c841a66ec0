using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GrensJobs.Normalisation.Tests.Analysis;

/// <summary>Runs a text through an analyzer and collects the terms.</summary>
internal static class AnalyzerTokens
{
    public static List<string> Of(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
