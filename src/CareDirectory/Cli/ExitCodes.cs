namespace CareDirectory.Cli;

/// <summary>Exit codes shared by every subcommand (documented in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 2;
    public const int DatabaseError = 3;
    public const int Unavailable = 4;
}
