namespace Velferd.Turnus.Cli;

/// <summary>Process exit codes: scripts tell a bad input file from a fault in the program.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something went wrong that is not the user's fault (a bug, a full disk).</summary>
    public const int Unexpected = 1;

    /// <summary>The input is invalid: a unit file with errors, an unknown option value, a missing argument.</summary>
    public const int InvalidInput = 2;
}
