using System.Reflection;

namespace CareDirectory.GraphQL.Http;

/// <summary>
/// Serves the vendored GraphiQL files (src/CareDirectory/wwwroot/graphiql, embedded into the assembly) next to
/// the endpoint, so the page works wherever the endpoint is mapped, with no static-file setup and no CDN.
/// </summary>
internal static class GraphiQLAssets
{
    public const string Folder = "graphiql";

    /// <summary>The vendored GraphiQL version; part of the asset URLs so that an upgrade bypasses caches.</summary>
    public const string Version = "3.9.0";

    private static readonly Dictionary<string, string> _contentTypes = new(StringComparer.Ordinal)
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["LICENSE.graphiql"] = "text/plain; charset=utf-8",
        ["LICENSE.react"] = "text/plain; charset=utf-8",
        ["LICENSE.react-dom"] = "text/plain; charset=utf-8",
    };

    public static IResult Serve(string file, HttpContext context)
    {
        var stream = _contentTypes.TryGetValue(file, out var contentType)
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream(Folder + "/" + file)
            : null;
        if (stream is null || contentType is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=604800";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(stream, contentType);
    }
}
