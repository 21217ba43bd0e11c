namespace CareDirectory.Hosting;

/// <summary>
/// What a host that wraps the application adds to it: the bench host adds its endpoints and SQL counter this way, so
/// the product executable carries no benchmark code and the benchmark measures the real application.
/// </summary>
public sealed record ApplicationExtensions
{
    public static ApplicationExtensions None { get; } = new();

    /// <summary>Runs after the application's own services are registered.</summary>
    public Action<WebApplicationBuilder> Services { get; init; } = _ => { };

    /// <summary>Runs after the application's own endpoints are mapped.</summary>
    public Action<WebApplication> Endpoints { get; init; } = _ => { };
}
