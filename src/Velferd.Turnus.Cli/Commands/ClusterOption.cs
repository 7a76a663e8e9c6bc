using System.CommandLine;

namespace Velferd.Turnus.Cli.Commands;

/// <summary>--cluster for the commands that work on jobs: without it they use the embedded silo and its data directory.</summary>
internal static class ClusterOption
{
    public static Option<string?> DataDirectory() => new("--data-dir")
    {
        Description = "Den innebygde silo-ens datamappe (standard: $TURNUS_DATA_DIR eller ~/.local/share/velferd-turnus).",
    };

    public static Option<string?> Create() => new("--cluster")
    {
        Description = "Koble til en kjørende klynge via Redis (f.eks. localhost:6379). Uten: innebygd silo med data i $TURNUS_DATA_DIR eller ~/.local/share/velferd-turnus.",
    };
}
