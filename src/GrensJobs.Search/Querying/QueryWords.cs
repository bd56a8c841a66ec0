namespace GrensJobs.Search.Querying;

/// <summary>Splits query text into words: at white space and at the punctuation of titles ("CNC-frezer", "MIG/MAG").</summary>
internal static class QueryWords
{
    private static readonly char[] Separators =
        [' ', '\t', '\n', '\r', '/', '-', '(', ')', ',', '.', '*', '!', '?', ':', ';', '&', '+', '|', '"', '\'', '„', '“', '”'];

    public static string[] Split(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
