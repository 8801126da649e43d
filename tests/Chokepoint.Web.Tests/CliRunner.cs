using System.Diagnostics;

namespace Chokepoint.Web.Tests;

/// <summary>Runs the built chokepoint CLI to compare its JSON with the API's.</summary>
internal static class CliRunner
{
    public static string Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chokepoint.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("chokepoint did not finish: " + string.Join(" ", args)); }
        Assert.True(p.ExitCode == 0, $"chokepoint {string.Join(" ", args)} exited {p.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
