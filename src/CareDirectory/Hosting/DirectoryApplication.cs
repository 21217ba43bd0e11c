using CareDirectory.Data;
using CareDirectory.Interop.Hsds;

namespace CareDirectory.Hosting;

/// <summary>Composes the application: every feature adds its services and maps its endpoints here.</summary>
public static class DirectoryApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddDirectoryDatabase();
        builder.Services.AddHsdsInterop();

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapHsdsApi();
        return app;
    }
}
