using System.CommandLine;
using GrensJobs.Cli;

namespace GrensJobs.Tests.Cli;

/// <summary>Values System.CommandLine cannot convert are said in words, never with a .NET type name.</summary>
public sealed class CliNumbersTests
{
    [Fact]
    public void InWords_AnOptionWithoutCustomParser_NamesTheOptionAndTheValue()
    {
        var root = new RootCommand { new Option<int>("--workers") };

        var error = Assert.Single(root.Parse(["--workers", "vier"]).Errors);

        Assert.Contains("System.Int32", error.Message, StringComparison.Ordinal);
        Assert.Equal("--workers: \"vier\" is not a valid value; see --help for what it takes.", CliNumbers.InWords(error));
    }

    [Fact]
    public void InWords_AnotherError_PassesUnchanged()
    {
        var error = Assert.Single(new RootCommand().Parse(["--onbekend"]).Errors);

        Assert.Equal(error.Message, CliNumbers.InWords(error));
    }

    [Theory]
    [InlineData("12", null)]
    [InlineData("0", "--max-pages: 0 is out of range; give a whole number from 1 to 500.")]
    [InlineData("zwölf", "--max-pages: \"zwölf\" is not a whole number; give one from 1 to 500.")]
    public void WholeNumber_ReadsOrSaysWhatIsWrong(string value, string? expected)
    {
        var option = new Option<int?>("--max-pages") { CustomParser = CliNumbers.WholeNumber(1, 500) };
        var root = new RootCommand { option };

        var result = root.Parse(["--max-pages", value]);

        if (expected is null)
        {
            Assert.Empty(result.Errors);
            Assert.Equal(12, result.GetValue(option));
        }
        else
        {
            Assert.Equal(expected, Assert.Single(result.Errors).Message);
        }
    }
}
