namespace Velferd.Turnus.Cli;

/// <summary>Process exit codes: scripts tell a bad input file from a fault in the program.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something went wrong that is not the user's fault (a bug, a full disk).</summary>
    public const int Unexpected = 1;

    /// <summary>The input is invalid: a unit file with errors, an unknown option value, a missing argument.</summary>
    public const int InvalidInput = 2;

    /// <summary>The unit cannot be planned: the hard rules cannot all hold (an explanation is printed).</summary>
    public const int Infeasible = 3;

    /// <summary>`turnus check` found breaches of hard rules in the plan.</summary>
    public const int HardBreaches = 4;

    /// <summary>The time limit ran out before any plan was found (neither a plan nor a proof that none exists).</summary>
    public const int NoPlanInTime = 5;
}
