namespace CareDirectory.Data;

/// <summary>Who this process runs as, for messages about file permissions: "uid 1654 (app)".</summary>
internal static class ProcessUser
{
    public static string Describe() => EffectiveUid() is { } uid ? $"uid {uid} ({Environment.UserName})" : $"user {Environment.UserName}";

    // .NET has no getuid(); on Linux the kernel's own status file names the effective uid (the second Uid: column).
    private static string? EffectiveUid()
    {
        const string status = "/proc/self/status";
        if (!OperatingSystem.IsLinux() || !File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        var columns = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return columns is { Length: > 2 } ? columns[2] : null;
    }
}
