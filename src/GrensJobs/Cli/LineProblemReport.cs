using System.Globalization;

namespace GrensJobs.Cli;

/// <summary>
/// The bad lines and warnings of one <c>import</c> or <c>normalise</c> run on stderr: the first
/// <see cref="Shown"/> of each in full, then one summary line with the count and what the input looks like, so a
/// binary or non-JSON file gives a screenful, not thousands of lines. Every bad line is still counted.
/// </summary>
internal sealed class LineProblemReport(TextWriter writer, string verb)
{
    public const int Shown = 20;

    public int BadLines { get; private set; }

    public int Warnings { get; private set; }

    public async Task BadLineAsync(int line, string error)
    {
        if (++BadLines <= Shown)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"line {line}: {error}")).ConfigureAwait(false);
        }
    }

    /// <summary>A bad record that has no line (a feed's), already located by its position and id.</summary>
    public async Task BadRecordAsync(string locatedError)
    {
        if (++BadLines <= Shown)
        {
            await writer.WriteLineAsync(locatedError).ConfigureAwait(false);
        }
    }

    public async Task WarningAsync(int line, string warning)
    {
        if (++Warnings <= Shown)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"line {line}: warning: {warning}")).ConfigureAwait(false);
        }
    }

    /// <summary>The summary lines for what was not shown; nothing when everything was.</summary>
    public async Task FinishAsync(int lines, JsonLineReader input)
    {
        if (Warnings > Shown)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{verb}: {Warnings - Shown:N0} more warnings ({Warnings:N0} in all).")).ConfigureAwait(false);
        }

        if (BadLines > Shown)
        {
            var shape = InputShape.Describe(input.Head.Span, input.BinaryLines, BadLines, lines);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{verb}: {BadLines - Shown:N0} more bad lines ({BadLines:N0} of {lines:N0} in all); {shape} — {verb} expects JSON lines, one raw vacancy per line.")).ConfigureAwait(false);
        }
    }
}
