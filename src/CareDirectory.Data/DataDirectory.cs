using Microsoft.Extensions.Configuration;

namespace CareDirectory.Data;

/// <summary>
/// The folder holding the SQLite file and the search index: <c>--data-dir</c>, else the
/// <c>CAREDIRECTORY_DATA_DIR</c> environment variable, else <c>data/</c> under the working directory.
/// </summary>
public sealed record DataDirectory(string Path)
{
    /// <summary>The configured folder, created if missing; <see cref="DataDirectoryNotWritableException"/> when this process cannot write it.</summary>
    public static DataDirectory From(IConfiguration configuration)
    {
        var configured = configuration["data-dir"] ?? configuration["DataDir"] ?? configuration["CAREDIRECTORY_DATA_DIR"];
        var path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        EnsureWritable(path);
        return new DataDirectory(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    // Checked once at start, by writing a file: a folder this process cannot write (typically a bind mount owned by
    // root while the image runs as uid 1654) would otherwise surface later as SQLite's "Error 14: unable to open
    // database file" or a Lucene lock failure, neither of which names the folder or the user.
    private static void EnsureWritable(string path)
    {
        try
        {
            System.IO.Directory.CreateDirectory(path);
            using var probe = new FileStream(
                System.IO.Path.Combine(path, $".write-check-{Environment.ProcessId}"),
                FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new DataDirectoryNotWritableException(path, e);
        }
    }
}
