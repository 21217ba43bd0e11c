using System.Net;
using System.Text;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Hosting;

/// <summary>
/// Per-address rate limits behind a proxy, through the real executable on a real socket: X-Forwarded-For counts
/// only when it comes from a configured proxy; from anyone else it is ignored (a client cannot pick its address).
/// </summary>
public sealed class TrustedProxyTests
{
    // A read bucket that one 50-partner list (cost > 30) fills: the second read from one address is refused.
    private static readonly string[] OneReadPerAddress =
        ["--RateLimits:ReadCostLimit=60", "--RateLimits:ReadCostPerPeriod=1", "--RateLimits:AddressFactor=1", "--RateLimits:ReplenishmentPeriod=01:00:00"];

    [Fact]
    public async Task ClientsBehindATrustedProxyHaveTheirOwnBuckets()
    {
        await using var server = await RunningServer.StartAsync([.. OneReadPerAddress, "--ForwardedHeaders:KnownProxies:0=127.0.0.1"]);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, await ReadAsync(http, server, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(http, server, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsync(http, server, "203.0.113.2"));
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedAddressAreIgnored()
    {
        await using var server = await RunningServer.StartAsync([.. OneReadPerAddress, "--ForwardedHeaders:KnownNetworks:0=10.0.0.0/8"]);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, await ReadAsync(http, server, "203.0.113.1"));
        // Loopback is not in 10.0.0.0/8: the claimed client address is ignored and the connection's bucket is spent.
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(http, server, "203.0.113.2"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // ASPNETCORE_FORWARDEDHEADERS_ENABLED, as container images often set it, must not trust everyone
    public async Task WithoutConfiguredProxiesForwardedHeadersAreIgnored(bool frameworkForwardingEnabled)
    {
        await using var server = await RunningServer.StartAsync([.. OneReadPerAddress, .. frameworkForwardingEnabled ? ["--FORWARDEDHEADERS_ENABLED=true"] : Array.Empty<string>()]);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, await ReadAsync(http, server, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsync(http, server, "203.0.113.2"));
    }

    [Theory]
    [InlineData("ForwardedHeaders__KnownProxies__0", "10.0.0.999", "error: configuration: ForwardedHeaders:KnownProxies:0 is '10.0.0.999'; expected an IP address such as 10.0.0.5.")]
    [InlineData("ForwardedHeaders__KnownNetworks__0", "10.0.0.0/33", "error: configuration: ForwardedHeaders:KnownNetworks:0 is '10.0.0.0/33'; expected a network in CIDR form such as 10.0.0.0/8.")]
    public async Task ABadProxySettingStopsStartupNamingIt(string variable, string value, string expected)
    {
        using var data = new TempFolder();
        var result = await CliRunner.RunAsync(new Dictionary<string, string> { [variable] = value }, "serve", "--data-dir", data.Path, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
    }

    private static async Task<HttpStatusCode> ReadAsync(HttpClient http, RunningServer server, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.GraphQL)
        {
            Content = new StringContent("""{"query":"{ partners(first: 50) { nodes { name } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
