using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// The real executable serving on a free loopback port with its own data directory, as a user runs it:
/// for tests that need a real socket (the graphql-http audit, a browser).
/// </summary>
public sealed partial class RunningServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempFolder _data;

    private RunningServer(Process process, TempFolder data, Uri address)
    {
        _process = process;
        _data = data;
        Address = address;
    }

    public Uri Address { get; }

    public Uri GraphQL => new(Address, "/graphql");

    /// <summary>The server's data directory, for CLI commands run against it (<c>keys create --data-dir</c>).</summary>
    public string DataDirectory => _data.Path;

    public static async Task<RunningServer> StartAsync(params string[] settings)
    {
        var data = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "CareDirectory.dll"), "--data-dir", data.Path, "--urls", "http://127.0.0.1:0", .. settings])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                // Keep draining stdout so the server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new RunningServer(process, data, new Uri(match.Groups[1].Value));
            }
        }

        data.Dispose();
        throw new InvalidOperationException($"The server exited with {process.ExitCode} before listening.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _data.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
