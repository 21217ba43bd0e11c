using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Hosting;

/// <summary>
/// The server a developer runs with <c>DOTNET_ENVIRONMENT=Development</c> (appsettings.Development.json) starts: in
/// Development the container validates every registration at start-up, so a graph type the assembly scan registers
/// but no one can construct from the container stops the process before it listens.
/// </summary>
public sealed class DevelopmentEnvironmentTests
{
    [Fact]
    public async Task TheServerStartsAndAnswersInDevelopment()
    {
        using var data = new TempFolder();

        await using var server = await RunningServer.StartAsync(data.Path, new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Development" });
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        using var body = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"__typename\":\"Query\"", answer, StringComparison.Ordinal);
    }
}
