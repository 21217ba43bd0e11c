namespace CareDirectory.Tests.Infrastructure;

/// <summary>A fresh folder per test, deleted afterwards; keeps tests independent and parallel-safe.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Directory.CreateTempSubdirectory("caredirectory-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL file for a moment; the OS temp cleaner gets it.
        }
    }
}
