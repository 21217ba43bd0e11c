using System.Diagnostics;
using Xunit.Abstractions;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>Runs one of the npm-client scripts in .ci/ (real clients from npm) and hands back its exit code and output.</summary>
public static class NodeScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, ITestOutputHelper output, params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, ".ci", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        return (node.ExitCode, await stdout);
    }
}
