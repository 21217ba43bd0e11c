using System.Security.Cryptography;

namespace CareDirectory.Seeding;

/// <summary>
/// A SHA-256 of every seed file, taken before validation. The seed reads the files twice (validate, then write), so
/// a file edited in between could be written without having been checked: comparing the snapshot just before the
/// commit turns that into an error and a rollback. Content, not size and write time, since copies that keep the time
/// (<c>cp -p</c>, archives) are common for data files; hashing costs about a second per 700 MB.
/// </summary>
public sealed class SeedFilesSnapshot
{
    private readonly Dictionary<string, string> _files;

    private SeedFilesSnapshot(Dictionary<string, string> files) => _files = files;

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

    private static string Stamp(string file)
    {
        if (!File.Exists(file))
        {
            return "missing";
        }

        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
