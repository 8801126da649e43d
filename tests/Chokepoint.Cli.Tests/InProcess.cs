namespace Chokepoint.Cli.Tests;

/// <summary>Runs the CLI in this process (fast; no dotnet start-up), capturing its output and exit code.</summary>
internal static class InProcess
{
    public static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CliApp.Run(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }
}
