using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CareDirectory.Hosting;

/// <summary>
/// Behind a load balancer the connection's address is the proxy's: rate limits per address would then throttle
/// every client together. Applying <c>X-Forwarded-For</c> from the configured proxies only gives each client its own
/// address without letting anyone else choose theirs.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        var problems = proxies.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(ProxyOptions.Section, typeof(ProxyOptions), problems);
        }

        builder.Services.AddSingleton(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no proxy configured nothing is forwarded, also when ASPNETCORE_FORWARDEDHEADERS_ENABLED makes the
            // framework add its own forwarded-headers step: with empty lists that step would trust every address.
            options.ForwardedHeaders = proxies.Enabled ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            options.ForwardLimit = proxies.ForwardLimit;

            // The framework trusts loopback by default; only what the operator configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ProxyOptions>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
