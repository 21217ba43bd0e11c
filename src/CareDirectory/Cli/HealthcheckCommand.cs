using System.CommandLine;

namespace CareDirectory.Cli;

/// <summary>
/// <c>healthcheck</c>: asks a running server's <c>/health/live</c> and exits 0 (healthy) or 1, the contract of a
/// container HEALTHCHECK. The aspnet runtime image has no curl or wget, so the image checks itself with this.
/// </summary>
public static class HealthcheckCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "Health endpoint to ask (default: http://127.0.0.1:8080/health/live, the container's port).",
            DefaultValueFactory = _ => "http://127.0.0.1:8080/health/live",
        };
        var command = new Command("healthcheck", "Exit 0 if the server at --url answers 200 within 5 seconds, else 1.") { url };
        command.SetAction(async (parse, ct) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var target))
            {
                await Console.Error.WriteLineAsync($"error: --url '{parse.GetValue(url)}' is not an absolute URL");
                return 1; // a HEALTHCHECK must exit 0 or 1 (Docker reserves 2)
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await http.GetAsync(target, ct);
                Console.WriteLine($"{(int)response.StatusCode} {response.ReasonPhrase}");
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync($"unhealthy: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
