namespace Velferd.Turnus.Domain.Units;

/// <summary>Whether night presence must be awake (våken natt) or may be asleep on site (hvilende natt).</summary>
public enum NightCover
{
    Awake,
    Sleeping,
}
