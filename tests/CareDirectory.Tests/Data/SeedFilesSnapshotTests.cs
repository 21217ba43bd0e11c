using CareDirectory.Seeding;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Data;

/// <summary>The seed's guard against files edited between its validating and its writing pass.</summary>
public sealed class SeedFilesSnapshotTests : IDisposable
{
    private readonly TempFolder _root = new();

    public SeedFilesSnapshotTests()
    {
        File.WriteAllText(_root.File(SeedReader.TaxonomyFile), "{}");
        System.IO.Directory.CreateDirectory(_root.File("nj"));
        File.WriteAllText(_root.File("nj/state.json"), "{}");
        File.WriteAllText(_root.File("nj/partners.json"), """{"partners":[]}""");
    }

    [Fact]
    public void UntouchedFilesPass()
    {
        var snapshot = SeedFilesSnapshot.Take(_root.Path, [_root.File("nj")]);
        snapshot.EnsureUnchanged(_root.Path, [_root.File("nj")]);
    }

    [Fact]
    public void AnEditThatKeepsTheSizeAndWriteTimeIsNamed()
    {
        var file = _root.File("nj/partners.json");
        var written = File.GetLastWriteTimeUtc(file);
        var snapshot = SeedFilesSnapshot.Take(_root.Path, [_root.File("nj")]);
        File.WriteAllText(file, """{"partners":{}}""".PadRight(File.ReadAllText(file).Length));
        File.SetLastWriteTimeUtc(file, written); // as `cp -p` or an archive leaves it

        var error = Assert.Throws<SeedException>(() => snapshot.EnsureUnchanged(_root.Path, [_root.File("nj")]));

        Assert.Equal(file, error.File);
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("added")]
    [InlineData("removed")]
    public void AChangedFileIsNamed(string change)
    {
        var snapshot = SeedFilesSnapshot.Take(_root.Path, [_root.File("nj")]);
        var file = change switch
        {
            "edited" => Edit(_root.File("nj/partners.json")),
            "added" => Write(_root.File("nj/programs.json")),
            _ => Remove(_root.File("nj/partners.json")),
        };

        var error = Assert.Throws<SeedException>(() => snapshot.EnsureUnchanged(_root.Path, [_root.File("nj")]));

        Assert.Equal(file, error.File);
        Assert.Contains("changed while it was being seeded", error.Message, StringComparison.Ordinal);
    }

    private static string Edit(string file)
    {
        File.AppendAllText(file, " ");
        return file;
    }

    private static string Write(string file)
    {
        File.WriteAllText(file, """{"programs":[]}""");
        return file;
    }

    private static string Remove(string file)
    {
        File.Delete(file);
        return file;
    }

    public void Dispose() => _root.Dispose();
}
