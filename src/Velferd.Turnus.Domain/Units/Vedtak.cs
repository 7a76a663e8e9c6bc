using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Time;

namespace Velferd.Turnus.Domain.Units;

/// <summary>
/// An individual decision granting help. <see cref="HoursPerWeek"/> are vedtakstimer: staff hours, so
/// a 2:1 vedtak around the clock is 336 h. The help is spread evenly over <see cref="Windows"/> on
/// <see cref="Weekdays"/>, given by <see cref="StaffingRatio"/> staff together; or, for home care,
/// it is the sum of its <see cref="Visits"/>.
/// </summary>
public sealed record Vedtak(
    string Id,
    string Service,
    double HoursPerWeek,
    IReadOnlyList<Weekday> Weekdays,
    IReadOnlyList<TimeWindow> Windows,
    int StaffingRatio,
    Competence Competence,
    NightCover Night,
    IReadOnlyList<Visit> Visits)
{
    public bool IsVisitBased => Visits.Count > 0;

    /// <summary>Hours per week the windows allow at this staffing ratio: more help than this cannot be given.</summary>
    public double WindowCapacityHoursPerWeek =>
        Weekdays.Count * Windows.Sum(window => window.DurationHours) * StaffingRatio;

    /// <summary>True when the windows are filled completely: the ratio's staff must be present throughout (e.g. 1:1 around the clock).</summary>
    public bool IsContinuousPresence => !IsVisitBased && HoursPerWeek >= WindowCapacityHoursPerWeek - 1e-9;

    /// <summary>Staff hours per week of all visits (minutes × days × ratio).</summary>
    public double VisitHoursPerWeek => Visits.Sum(visit => visit.StaffHoursPerWeek(StaffingRatio));

    /// <summary>The granted staff hours per week, however the vedtak is expressed.</summary>
    public double StaffHoursPerWeek => IsVisitBased ? VisitHoursPerWeek : HoursPerWeek;
}

/// <summary>A home-care visit: so many minutes inside a window on the given weekdays.</summary>
public sealed record Visit(IReadOnlyList<Weekday> Weekdays, TimeWindow Window, int Minutes)
{
    public double StaffHoursPerWeek(int staffingRatio) => Weekdays.Count * Minutes * staffingRatio / 60.0;
}
