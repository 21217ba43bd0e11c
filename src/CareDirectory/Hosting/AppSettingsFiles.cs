using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CareDirectory.Hosting;

/// <summary>
/// appsettings.json ships next to the executable. When the content root (the working directory, e.g. the repository
/// root under <c>dotnet run --project src/CareDirectory</c>) has no settings file, read the shipped ones, with the lowest
/// precedence so environment variables and the command line still override them.
/// </summary>
public static class AppSettingsFiles
{
    public static WebApplicationBuilder AddShippedSettings(this WebApplicationBuilder builder)
    {
        var shipped = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")) || !File.Exists(Path.Combine(shipped, "appsettings.json")))
        {
            return builder;
        }

        var files = new PhysicalFileProvider(shipped);
        var sources = (IList<IConfigurationSource>)builder.Configuration.Sources;
        sources.Insert(0, new JsonConfigurationSource { FileProvider = files, Path = $"appsettings.{builder.Environment.EnvironmentName}.json", Optional = true });
        sources.Insert(0, new JsonConfigurationSource { FileProvider = files, Path = "appsettings.json", Optional = true });
        return builder;
    }
}
