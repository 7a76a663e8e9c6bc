using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

public enum WishKind
{
    /// <summary>Would like to work this (shift, or any shift when none is named) on the day.</summary>
    Prefer,

    /// <summary>Would rather not work this (shift, or any shift: a day off) on the day.</summary>
    Avoid,
}

/// <summary>A soft wish; weight 1–10 says how much it matters to the employee.</summary>
public sealed record ShiftWish(WishKind Kind, Weekday? Weekday, int? Week, string? ShiftCode, int Weight)
{
    public bool AppliesToDay(int rotationWeekIndex, Weekday day) =>
        (Weekday is null || Weekday == day) && (Week is null || Week.Value == rotationWeekIndex + 1);

    /// <summary>Whether working <paramref name="shiftCode"/> (null = off) on an applicable day meets the wish.</summary>
    public bool IsMetBy(string? shiftCode) => Kind switch
    {
        WishKind.Prefer => shiftCode is not null && (ShiftCode is null || ShiftCode == shiftCode),
        _ => ShiftCode is null ? shiftCode is null : shiftCode != ShiftCode,
    };
}
