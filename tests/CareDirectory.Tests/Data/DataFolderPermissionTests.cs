using System.Runtime.Versioning;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Data;

/// <summary>
/// A data folder the process cannot write (in a container: a host folder owned by root, bind-mounted at /data while the
/// image runs as uid 1654) stops start-up with exit code 2 and a line naming the folder and the user, not SQLite's
/// "Error 14: unable to open database file" later.
/// </summary>
[UnsupportedOSPlatform("windows")] // file modes and uids are the container's (Linux) concern
public sealed class DataFolderPermissionTests
{
    // Root writes anywhere, so as root the command runs as the image's uid (1654) against a root-owned folder, exactly
    // the container's case; as anyone else, against a folder without write permission.
    private const int ImageUid = 1654;

    [Theory]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    [InlineData("migrate")]
    public async Task ACommandRefusesAFolderItCannotWriteNamingFolderAndUser(params string[] command)
    {
        using var parent = new TempFolder();
        var data = Path.Combine(parent.Path, "data");
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(parent.Path, Mode("rwxr-xr-x"));
        File.SetUnixFileMode(data, Mode("r-xr-xr-x"));
        try
        {
            string[] args = [.. command, "--data-dir", data];
            var asRoot = Environment.UserName == "root";
            var result = asRoot ? await CliRunner.RunAsUidAsync(ImageUid, args) : await CliRunner.RunAsync(args);

            Assert.Equal(2, result.ExitCode);
            var user = asRoot ? $"uid {ImageUid} " : "uid ";
            Assert.StartsWith($"error: data folder {data} is not writable by {user}", result.Stderr.Trim(), StringComparison.Ordinal);
            Assert.Contains("chown -R 1654:1654", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(data));
        }
        finally
        {
            File.SetUnixFileMode(data, Mode("rwx------"));
        }
    }

    private static UnixFileMode Mode(string symbolic) =>
        symbolic.Select((c, i) => c == '-' ? UnixFileMode.None : (UnixFileMode)(1 << (8 - i))).Aggregate(UnixFileMode.None, (a, b) => a | b);
}
