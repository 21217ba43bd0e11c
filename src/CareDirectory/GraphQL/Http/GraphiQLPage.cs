using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Http;

/// <summary>The GraphiQL playground page; its scripts and styles are vendored (<see cref="GraphiQLAssets"/>), never from a CDN.</summary>
internal sealed class GraphiQLPage(IOptions<GraphQLTransportOptions> options)
{
    // JsonSerializer's default encoder escapes <, > and & so the query cannot close the <script> element.
    private readonly string _defaultQuery = JsonSerializer.Serialize(options.Value.GraphiQLDefaultQuery);

    public async Task WriteAsync(HttpContext context)
    {
        var endpoint = (context.Request.PathBase + context.Request.Path).ToString();
        var assets = WebUtility.HtmlEncode(endpoint.TrimEnd('/') + "/" + GraphiQLAssets.Folder);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>CareDirectory GraphQL</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{{assets}}/graphiql.min.css?v={{GraphiQLAssets.Version}}">
              <style>body { margin: 0; } #graphiql { height: 100dvh; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{assets}}/react.production.min.js?v={{GraphiQLAssets.Version}}"></script>
              <script src="{{assets}}/react-dom.production.min.js?v={{GraphiQLAssets.Version}}"></script>
              <script src="{{assets}}/graphiql.min.js?v={{GraphiQLAssets.Version}}"></script>
              <script>
                // Subscriptions go over a WebSocket (graphql-transport-ws) to the same URL: the bundled GraphiQL carries the graphql-ws client.
                const subscriptionUrl = new URL({{JsonSerializer.Serialize(endpoint)}}, location.href);
                subscriptionUrl.protocol = 'ws' + location.protocol.slice(4);
                const fetcher = GraphiQL.createFetcher({ url: {{JsonSerializer.Serialize(endpoint)}}, subscriptionUrl: subscriptionUrl.href });
                ReactDOM.createRoot(document.getElementById('graphiql')).render(
                  React.createElement(GraphiQL, { fetcher, defaultQuery: {{_defaultQuery}}, defaultEditorToolsVisibility: true }));
              </script>
            </body>
            </html>
            """;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }
}
