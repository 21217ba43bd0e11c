namespace CareDirectory.Cli;

/// <summary>A failure a command reports as one line on stderr with a specific exit code (never a stack trace).</summary>
public sealed class CommandException(string message, int exitCode = ExitCodes.InvalidInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
