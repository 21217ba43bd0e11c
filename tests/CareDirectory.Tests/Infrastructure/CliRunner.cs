using System.Diagnostics;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>Runs the real executable as a user would (<c>dotnet CareDirectory.dll seed ...</c>) and captures its output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Task<Result> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>A new data folder with the repository's seed applied by the real <c>seed</c> command.</summary>
    public static async Task<TempFolder> SeededDataFolderAsync()
    {
        var data = new TempFolder();
        var seed = await RunAsync("seed", "--data-dir", data.Path);
        Assert.True(seed.ExitCode == 0, seed.Stderr);
        return data;
    }

    /// <summary>Runs the bench host (<c>bench/CareDirectory.BenchHost</c>: the application plus <c>generate</c> and the bench endpoints).</summary>
    public static Task<Result> RunBenchHostAsync(params string[] args) => RunAsync(BenchHost, new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables (configuration as a deployment sets it, e.g. <c>Database__Provider</c>).</summary>
    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) => RunAsync(Product, environment, args);

    /// <summary>
    /// Runs as another user, as the container image does (uid 1654): through <c>setpriv</c>, which needs root. The
    /// repository and the test's folders must be readable by that user.
    /// </summary>
    public static Task<Result> RunAsUidAsync(int uid, params string[] args) =>
        RunAsync(["setpriv", $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "dotnet"], Product, new Dictionary<string, string>(), args);

    private const string Product = "CareDirectory.dll";
    private const string BenchHost = "CareDirectory.BenchHost.dll";

    private static Task<Result> RunAsync(string assembly, IReadOnlyDictionary<string, string> environment, string[] args) =>
        RunAsync(["dotnet"], assembly, environment, args);

    private static async Task<Result> RunAsync(string[] launcher, string assembly, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        using var process = Start(launcher, assembly, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the executable without waiting, for tests that interrupt it; the caller reads or drains its output.</summary>
    public static Process Start(params string[] args) => Start(["dotnet"], Product, new Dictionary<string, string>(), args);

    private static Process Start(string[] launcher, string assembly, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo(launcher[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in launcher.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
