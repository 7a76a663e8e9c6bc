namespace Velferd.Turnus.Grains;

/// <summary>The named grain storage every Velferd.Turnus grain keeps its state in (file storage embedded, Redis in a cluster).</summary>
public static class TurnusStorage
{
    public const string Name = "turnus";
}
