namespace CareDirectory.Hsds;

public static class HsdsServiceCollectionExtensions
{
    /// <summary>HSDS import, export and the REST view. The schemas are built once (they are large) and shared.</summary>
    public static IServiceCollection AddHsdsInterop(this IServiceCollection services)
    {
        // Two constructors (3.0 by default, or a version): the registered instance is the 3.0 one export uses.
        services.AddSingleton(_ => new HsdsSchemas(HsdsVersion.Hsds30));
        services.AddSingleton<HsdsSchemaCatalog>();
        services.AddSingleton<HsdsImporter>();
        services.AddSingleton<HsdsExporter>();
        services.AddSingleton<HsdsDirectory>();
        return services;
    }
}
