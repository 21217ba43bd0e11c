using System.CommandLine;
using CareDirectory.Hosting;

namespace CareDirectory.Cli;

/// <summary>
/// <c>healthcheck</c>: asks a running server's health endpoint and exits 0 (healthy) or 1, the contract of a container
/// HEALTHCHECK. The aspnet runtime image has no curl or wget, so the image checks itself with this. Without
/// <c>--url</c> it asks the address the server binds, from the same settings (<see cref="LocalServerUrl"/>), so a
/// container started with another port stays healthy.
/// </summary>
public static class HealthcheckCommand
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var url = new Option<string?>("--url")
        {
            Description = "Endpoint to ask (default: the server's own address from ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS / Kestrel settings, on loopback, plus --path).",
        };
        var path = new Option<string>("--path")
        {
            Description = "Path asked at the server's own address when --url is not given.",
            DefaultValueFactory = _ => "/health/live",
        };
        var wait = new Option<int>("--wait")
        {
            Description = "Keep asking, once a second, for up to this many seconds until it answers 200 (default 0: ask once).",
        };
        var command = new Command("healthcheck", "Exit 0 if the server answers 200 within 5 seconds, else 1.") { url, path, wait };
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(url) is { } given ? given : new Uri(LocalServerUrl.From(ServerSettings()), parse.GetValue(path)).ToString();
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || parse.GetValue(wait) < 0)
            {
                await Console.Error.WriteLineAsync(parse.GetValue(wait) < 0 ? "error: --wait must be 0 or more seconds" : $"error: --url '{target}' is not an absolute URL");
                return 1; // a HEALTHCHECK must exit 0 or 1 (Docker reserves 2)
            }

            var deadline = DateTimeOffset.UtcNow.AddSeconds(parse.GetValue(wait));
            while (true)
            {
                var answer = await AskAsync(uri, ct);
                if (answer.Healthy || DateTimeOffset.UtcNow >= deadline)
                {
                    await (answer.Status is null ? Console.Error : Console.Out).WriteLineAsync(answer.Status ?? answer.Failure);
                    return answer.Healthy ? 0 : 1;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        });
        return command;
    }

    // The server's configuration sources (settings files, ASPNETCORE_/DOTNET_ environment), without building its services.
    private static IConfiguration ServerSettings() =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] }).AddShippedSettings().Configuration;

    /// <summary>The status line the server answered with, or why no answer came.</summary>
    private static async Task<(bool Healthy, string? Status, string? Failure)> AskAsync(Uri target, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = AttemptTimeout };
        try
        {
            using var response = await http.GetAsync(target, ct);
            return (response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.ReasonPhrase}", null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (false, null, $"unhealthy: {target}: {e.Message}");
        }
    }
}
