namespace GrensJobs.Cli;

/// <summary>The <c>Import</c> settings are out of range; the message says which and what is allowed.</summary>
internal sealed class InvalidInputLimitsException(string message, Exception? inner = null) : Exception(message, inner);
