using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// The real executable serving on a free loopback port with its own data directory, as a user runs it:
/// for tests that need a real socket (the graphql-http audit, a browser) or several server processes.
/// </summary>
public sealed partial class RunningServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempFolder? _ownedData;
    private readonly StringBuilder _output;

    private RunningServer(Process process, TempFolder? ownedData, string dataDirectory, Uri address, StringBuilder output, IReadOnlyList<string> startupLog)
    {
        _process = process;
        _ownedData = ownedData;
        DataDirectory = dataDirectory;
        Address = address;
        _output = output;
        StartupLog = startupLog;
    }

    public Uri Address { get; }

    /// <summary>What the server wrote to stdout until it listened (migrations and seeding happen before).</summary>
    public IReadOnlyList<string> StartupLog { get; }

    public Uri GraphQL => new(Address, "/graphql");

    /// <summary>The server's data directory, for CLI commands run beside it (<c>keys create --data-dir</c>).</summary>
    public string DataDirectory { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the server has written to standard output so far (its log).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A server on a data folder of its own, deleted when the server is disposed.</summary>
    public static async Task<RunningServer> StartAsync(params string[] settings)
    {
        var data = new TempFolder();
        try
        {
            return await StartAsync(data.Path, new Dictionary<string, string>(), settings, data);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>A server on the caller's data folder (kept, so a later server can start on it again) and environment.</summary>
    public static Task<RunningServer> StartAsync(string dataPath, IReadOnlyDictionary<string, string> environment, params string[] settings) =>
        StartAsync(dataPath, environment, settings, null);

    private static async Task<RunningServer> StartAsync(string dataPath, IReadOnlyDictionary<string, string> environment, string[] settings, TempFolder? ownedData)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "CareDirectory.dll"), "--data-dir", dataPath, "--urls", "http://127.0.0.1:0", .. settings])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var output = new StringBuilder();
        var startupLog = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            startupLog.Add(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                // Keep draining stdout so the server never blocks on a full pipe, and keep it for the test to read.
                _ = DrainAsync(process.StandardOutput, output);
                return new RunningServer(process, ownedData, dataPath, new Uri(match.Groups[1].Value), output, startupLog);
            }
        }

        throw new InvalidOperationException($"The server exited with {process.ExitCode} before listening:{Environment.NewLine}{output}");
    }

    /// <summary>An NJ-scoped API key for this server, made with the CLI as an operator makes one (its last output line).</summary>
    public async Task<string> CreateStateKeyAsync(string label)
    {
        var created = await CliRunner.RunAsync("keys", "create", "--scope", "state:NJ", "--label", label, "--data-dir", DataDirectory);
        Assert.True(created.ExitCode == 0, created.Stderr);
        return created.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    /// <summary>Asks the process to stop as <c>docker stop</c> does (SIGTERM) and waits until it has exited.</summary>
    public async Task StopAsync()
    {
        using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await term.WaitForExitAsync();
        await _process.WaitForExitAsync();
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does: no shutdown, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        _ownedData?.Dispose();
    }

    private static async Task DrainAsync(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
