namespace GrensJobs.Cli;

/// <summary>One non-blank input line (numbered from 1), or why it could not be read (too long, not UTF-8).</summary>
internal readonly record struct NumberedLine(int Number, string Text, string? Error = null);
