namespace CareDirectory.Data.Seeding;

/// <summary>
/// Size and write time of every seed file, taken before validation. The seed reads the files twice (validate, then
/// write), so a file edited in between could be written without having been checked: comparing the snapshot just
/// before the commit turns that into an error and a rollback.
/// </summary>
public sealed class SeedFilesSnapshot
{
    private readonly Dictionary<string, (long Length, DateTime Written)> _files;

    private SeedFilesSnapshot(Dictionary<string, (long Length, DateTime Written)> files) => _files = files;

    public static SeedFilesSnapshot Take(string root, IEnumerable<string> stateFolders) =>
        new(Files(root, stateFolders).ToDictionary(f => f, Stamp, StringComparer.Ordinal));

    /// <summary>Throws a <see cref="SeedException"/> naming the first file added, removed or changed since <see cref="Take"/>.</summary>
    public void EnsureUnchanged(string root, IEnumerable<string> stateFolders)
    {
        var now = Files(root, stateFolders).ToList();
        var changed = now.FirstOrDefault(f => !_files.TryGetValue(f, out var before) || before != Stamp(f))
            ?? _files.Keys.FirstOrDefault(f => !now.Contains(f, StringComparer.Ordinal));
        if (changed is not null)
        {
            throw new SeedException(changed, null, null, "the file changed while it was being seeded; nothing was written, run seed again");
        }
    }

    private static IEnumerable<string> Files(string root, IEnumerable<string> stateFolders) =>
        [Path.Combine(root, SeedReader.TaxonomyFile), .. stateFolders.SelectMany(f => System.IO.Directory.GetFiles(f, "*.json")).Order(StringComparer.Ordinal)];

    private static (long Length, DateTime Written) Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }
}
