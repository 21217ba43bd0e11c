namespace CareDirectory.Hsds;

public static class HsdsServiceCollectionExtensions
{
    /// <summary>HSDS import, export and the REST view. The schemas are built once (they are large) and shared.</summary>
    public static IServiceCollection AddHsdsInterop(this IServiceCollection services)
    {
        services.AddSingleton<HsdsSchemas>();
        services.AddSingleton<HsdsImporter>();
        services.AddSingleton<HsdsExporter>();
        services.AddSingleton<HsdsDirectory>();
        return services;
    }
}
