namespace Chokepoint.Cli.Infrastructure;

/// <summary>Documented process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int InvalidData = 2;
    public const int ComputationFailed = 3;
}

/// <summary>An error meant for the user: printed as "Error: message" with the given exit code, never with a stack trace.</summary>
internal sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
    public static CliException InvalidData(string message) => new(ExitCodes.InvalidData, message);
}
