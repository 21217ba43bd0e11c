using Microsoft.Extensions.Configuration;

namespace CareDirectory.Data;

/// <summary>
/// The folder holding the SQLite file and the search index: <c>--data-dir</c>, else the
/// <c>CAREDIRECTORY_DATA_DIR</c> environment variable, else <c>data/</c> under the working directory.
/// </summary>
public sealed record DataDirectory(string Path)
{
    public static DataDirectory From(IConfiguration configuration)
    {
        var configured = configuration["data-dir"] ?? configuration["DataDir"] ?? configuration["CAREDIRECTORY_DATA_DIR"];
        var path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        System.IO.Directory.CreateDirectory(path);
        return new DataDirectory(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
