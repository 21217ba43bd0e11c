using CareDirectory.Hosting;
using Microsoft.Extensions.Configuration;

namespace CareDirectory.Tests.Hosting;

/// <summary>The address the container's health check asks follows the settings Kestrel binds by, in Kestrel's order.</summary>
public sealed class LocalServerUrlTests
{
    [Theory]
    [InlineData("http://localhost:5000/")] // nothing configured: Kestrel's own default
    [InlineData("http://127.0.0.1:8080/", "http_ports=8080")] // the .NET images' ASPNETCORE_HTTP_PORTS
    [InlineData("http://127.0.0.1:9000/", "http_ports=9000;9001")]
    [InlineData("http://127.0.0.1:9090/", "http_ports=8080", "urls=http://+:9090")] // URLS overrides HTTP_PORTS
    [InlineData("http://127.0.0.1:8081/", "urls=https://*:8443;http://0.0.0.0:8081")] // plain HTTP preferred
    [InlineData("http://[::1]:8080/", "urls=http://[::]:8080")]
    [InlineData("http://localhost:5123/", "urls=http://localhost:5123")]
    [InlineData("https://127.0.0.1:8443/", "https_ports=8443")]
    [InlineData("http://127.0.0.1:7000/", "urls=http://+:9090", "Kestrel:Endpoints:Web:Url=http://*:7000")] // endpoints win
    public void FollowsTheSettingsKestrelBindsBy(string expected, params string[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).Select(kv => new KeyValuePair<string, string?>(kv[0], kv[1])))
            .Build();

        Assert.Equal(new Uri(expected), LocalServerUrl.From(configuration));
    }
}
