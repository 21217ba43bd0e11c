using System.CommandLine;

namespace CareDirectory.Cli;

/// <summary>Options every subcommand understands.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder for the SQLite file and the search index (default: $CAREDIRECTORY_DATA_DIR, else ./data).",
        Recursive = true,
    };

    /// <summary>Arguments for the host's configuration from what the user typed (only the options the host understands).</summary>
    public static string[] HostArgs(ParseResult parse) =>
        parse.GetValue(DataDir) is { } dir ? ["--data-dir", dir] : [];
}
