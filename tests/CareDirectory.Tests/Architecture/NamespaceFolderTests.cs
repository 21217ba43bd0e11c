using System.Text.RegularExpressions;
using System.Xml.Linq;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Architecture;

/// <summary>
/// Every file's namespace is its project's root namespace plus its folder path, so the folder tree shows the
/// components the layering tests check, and a file moved to another folder cannot keep its old component.
/// </summary>
public sealed partial class NamespaceFolderTests
{
    [Fact]
    public void NamespaceOfEverySourceFileMatchesItsFolder()
    {
        var mismatches = (
            from project in Projects()
            from file in SourceFiles(Path.GetDirectoryName(project)!)
            let expected = ExpectedNamespace(project, file)
            let actual = DeclaredNamespace(file)
            where actual != expected && !IsEntryPoint(project, file, actual)
            select $"{Path.GetRelativePath(RepositoryPaths.Root, file)}: namespace {actual ?? "(none)"}, expected {expected}").ToList();

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void FindsTheProjectsOfSrcAndBench()
    {
        var names = Projects().Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Contains("CareDirectory.Core", names);
        Assert.Contains("CareDirectory.BenchHost", names);
    }

    private static IEnumerable<string> Projects() =>
        new[] { "src", "bench" }.SelectMany(folder =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.csproj", SearchOption.AllDirectories));

    private static IEnumerable<string> SourceFiles(string projectFolder) =>
        Directory.GetFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(projectFolder, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"));

    /// <summary>RootNamespace from the project file (CareDirectory for Core, CareDirectory.Bench for the bench host), else its name.</summary>
    private static string ExpectedNamespace(string project, string file)
    {
        var root = XDocument.Load(project).Descendants("RootNamespace").Select(e => e.Value).FirstOrDefault()
            ?? Path.GetFileNameWithoutExtension(project);
        var folder = Path.GetRelativePath(Path.GetDirectoryName(project)!, Path.GetDirectoryName(file)!);
        return folder == "." ? root : $"{root}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
    }

    private static string? DeclaredNamespace(string file) =>
        NamespaceDeclaration().Match(File.ReadAllText(file)) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>Top-level statements (Program.cs beside the project file) have no namespace by design.</summary>
    private static bool IsEntryPoint(string project, string file, string? declared) =>
        declared is null && Path.GetFileName(file) == "Program.cs" && Path.GetDirectoryName(file) == Path.GetDirectoryName(project);

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
