using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GrensJobs.Cli;

/// <summary>
/// Numbers on the command line read in words: "--max-pages: "abc" is not a whole number; give one from 1 to 1000000."
/// instead of System.CommandLine's type names. Exit 2 follows from the parse error.
/// </summary>
internal static class CliNumbers
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<ArgumentResult, int?> WholeNumber(int min, int max) => result =>
    {
        var text = Token(result);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{Name(result)}: \"{text}\" is not a whole number; give one from {min} to {max}."));
            return null;
        }

        if (number < min || number > max)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{Name(result)}: {text} is out of range; give a whole number from {min} to {max}."));
            return null;
        }

        return (int)number;
    };

    /// <summary>A number greater than 0 and at most <paramref name="max"/>.</summary>
    public static Func<ArgumentResult, double?> PositiveNumber(double max) => result =>
    {
        var text = Token(result);
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{Name(result)}: \"{text}\" is not a number; give one greater than 0 and at most {max}."));
            return null;
        }

        if (number is <= 0 || number > max)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{Name(result)}: {text} is out of range; give a number greater than 0 and at most {max}."));
            return null;
        }

        return number;
    };

    /// <summary>
    /// System.CommandLine's own text for a value it could not convert, in words ("--top: "abc" is not a valid value."),
    /// for any option that still slips through without a custom parser; other errors pass unchanged.
    /// </summary>
    public static string InWords(ParseError error)
    {
        const string Prefix = "Cannot parse argument '";
        var message = error.Message;
        if (!message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return message;
        }

        var valueEnd = message.IndexOf("' for ", Prefix.Length, StringComparison.Ordinal);
        var nameStart = message.IndexOf('\'', valueEnd + 6);
        var nameEnd = nameStart < 0 ? -1 : message.IndexOf('\'', nameStart + 1);
        if (valueEnd < 0 || nameEnd < 0)
        {
            return "A value could not be read; see --help for what each option takes.";
        }

        var value = message[Prefix.Length..valueEnd];
        var name = message[(nameStart + 1)..nameEnd];
        return $"{name}: \"{value}\" is not a valid value; see --help for what it takes.";
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static string Name(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
