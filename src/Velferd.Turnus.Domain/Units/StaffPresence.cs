namespace Velferd.Turnus.Domain.Units;

/// <summary>Whether presence must be awake (våken natt) or may be asleep on site (hvilende natt): a sleeping vedtak or rule is met by sleeping presence over its whole window.</summary>
public enum NightCover
{
    Awake,
    Sleeping,
}
