namespace CareDirectory.Tests.Infrastructure;

/// <summary>Locates files of the repository (seed-data/, schema/) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedData => System.IO.Path.Combine(Root, "seed-data");

    public static string Schema => System.IO.Path.Combine(Root, "schema");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Directory.sln not found above the test output folder");
    }

    /// <summary>Copies seed-data/ to a temp folder so a test can break a file without touching the real one.</summary>
    public static void CopySeedData(string target)
    {
        foreach (var file in System.IO.Directory.GetFiles(SeedData, "*.json", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(SeedData, file));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
