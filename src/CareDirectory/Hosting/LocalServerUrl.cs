namespace CareDirectory.Hosting;

/// <summary>
/// Where a process on the same machine (the container's HEALTHCHECK) reaches this server, read from the settings
/// Kestrel binds by and in its order: a <c>Kestrel:Endpoints</c> entry, else <c>urls</c> (<c>ASPNETCORE_URLS</c>,
/// <c>--urls</c>), else <c>http_ports</c>/<c>https_ports</c> (<c>ASPNETCORE_HTTP_PORTS</c>, 8080 in the .NET images),
/// else Kestrel's own default, http://localhost:5000. Wildcard hosts are asked on loopback.
/// </summary>
public static class LocalServerUrl
{
    public static Uri From(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]);
        var configured = Preferred(endpoints)
            ?? Preferred(Split(configuration["urls"]))
            ?? Port("http", configuration["http_ports"])
            ?? Port("https", configuration["https_ports"])
            ?? "http://localhost:5000";
        return OnLoopback(configured);
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Plain HTTP first: a probe needs no certificate.
    private static string? Preferred(IEnumerable<string?> urls)
    {
        var candidates = urls.OfType<string>().Where(u => u.Length > 0).ToList();
        return candidates.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? candidates.FirstOrDefault();
    }

    private static string? Port(string scheme, string? ports) =>
        Split(ports).FirstOrDefault() is { } port ? $"{scheme}://+:{port}" : null;

    // Kestrel's wildcards (+, *, 0.0.0.0, [::]) mean "every interface"; the probe asks loopback. Uri cannot parse + or *.
    private static Uri OnLoopback(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var rest = url[hostStart..];
        var hostLength = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']) is var end and >= 0 ? end : rest.Length;
        var loopback = rest[..hostLength] switch
        {
            "+" or "*" or "0.0.0.0" => "127.0.0.1",
            "[::]" => "[::1]",
            var host => host,
        };
        return new Uri(url[..hostStart] + loopback + rest[hostLength..]);
    }
}
