using System.Net.Http.Headers;
using System.Text;
using CareDirectory.GraphQL.Http;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// A minimal web application hosting <see cref="TransportTestSchema"/> with the transport registered exactly as
/// the real app does it. A new host per test: no shared state, so tests can run in parallel.
/// </summary>
internal sealed class TransportTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TransportTestHost(WebApplication app, HttpClient client, Uri endpoint)
    {
        _app = app;
        Client = client;
        Endpoint = endpoint;
    }

    public HttpClient Client { get; }

    public Uri Endpoint { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TransportTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Production",
        Action<IServiceCollection>? configureServices = null,
        bool kestrel = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The app's appsettings.json is copied next to the tests; the transport is tested with its own defaults.
        foreach (var source in builder.Configuration.Sources.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationSource>().ToList())
        {
            builder.Configuration.Sources.Remove(source);
        }

        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        // Registered the way the app's schema is: GraphQL.NET's own DI builder, then the transport.
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<TransportTestSchema>()
            .AddGraphTypes(typeof(TransportTestSchema).Assembly));
        builder.Services.AddCareDirectoryGraphQLTransport(builder.Configuration);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapGraphQLEndpoint("/graphql");
        await app.StartAsync();

        if (kestrel)
        {
            var address = new Uri(app.Urls.First());
            return new TransportTestHost(app, new HttpClient { BaseAddress = address }, new Uri(address, "/graphql"));
        }

        var client = app.GetTestClient();
        return new TransportTestHost(app, client, new Uri(client.BaseAddress!, "/graphql"));
    }

    /// <summary>POSTs <paramref name="body"/> as-is with the given content type and Accept header (null: none).</summary>
    public async Task<TransportResponse> PostAsync(
        string body,
        string? accept = "application/graphql-response+json",
        string? contentType = "application/json",
        params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint);
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await SendAsync(request, accept, headers);
    }

    /// <summary>GETs the endpoint with the given query string (without '?').</summary>
    public async Task<TransportResponse> GetAsync(string queryString, string? accept = "application/graphql-response+json", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Endpoint + "?" + queryString));
        return await SendAsync(request, accept, headers);
    }

    public async Task<TransportResponse> SendAsync(HttpRequestMessage request, string? accept, params (string Name, string Value)[] headers)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        return new TransportResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync(),
            response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
