using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>
/// The sizing choices samples/README.md states, sourced from shared/DOMAIN.md, checked against the files so the
/// samples and their documentation cannot drift apart.
/// </summary>
public sealed class SampleSizingTests
{
    private static Unit Load(string fileName) => UnitFileReader.ReadFile(RepositoryRoot.File("samples", fileName)).Unit
        ?? throw new InvalidOperationException($"{fileName} does not validate");

    private static double AverageStillingsprosent(Unit unit) => unit.Employees.Average(employee => employee.Stillingsprosent);

    private static double VedtakHoursPerResident(Unit unit) => unit.AllVedtak.Sum(vedtak => vedtak.StaffHoursPerWeek) / unit.Residents.Count;

    [Theory]
    [InlineData("bofellesskap-solsiden.json")]
    [InlineData("bofellesskap-psykisk-helse.json")]
    [InlineData("sykehjem-avdeling-20.json")]
    [InlineData("hjemmetjeneste-sone.json")]
    public void Staff_positions_average_about_75_percent_with_some_wanting_more(string fileName)
    {
        var unit = Load(fileName);

        Assert.InRange(AverageStillingsprosent(unit), 68, 80); // Asker: 1 894 årsverk on 2 510 people ≈ 75 % [003]
        Assert.Contains(unit.Employees, employee => employee.WantsLargerPosition);
        Assert.Contains(unit.Employees, employee => employee.Stillingsprosent <= 25); // helgestillinger
    }

    [Fact]
    public void Mental_health_housing_has_about_18_5_vedtak_hours_per_resident_and_a_waking_night()
    {
        var unit = Load("bofellesskap-psykisk-helse.json");

        Assert.InRange(unit.Residents.Count, 8, 10);
        Assert.InRange(VedtakHoursPerResident(unit), 17.5, 19.5); // 962 h a year ≈ 18.5 h a week [000]
        Assert.Contains(unit.BaseStaffing, rule => rule.Presence == NightCover.Awake && rule.Window.CrossesMidnight);
        Assert.Contains(unit.Shifts, shift => shift.Category == ShiftCategory.Night);
        Assert.Contains(unit.AllVedtak, vedtak => vedtak.Competence == Domain.Competences.Competence.Sykepleier);
    }

    [Fact]
    public void Nursing_home_ward_has_20_beds_30_staff_and_a_nurse_around_the_clock()
    {
        var unit = Load("sykehjem-avdeling-20.json");

        Assert.Equal(20, unit.Residents.Count);
        Assert.InRange(unit.Employees.Count, 28, 32);
        Assert.Contains(unit.BaseStaffing, rule => rule.Competence == Domain.Competences.Competence.Sykepleier
            && rule.Window.DurationMinutes == 24 * 60 && rule.Weekdays.Count == 7);
        Assert.Contains(unit.Employees, employee => employee.Night == NightWork.Only);
        Assert.Contains(unit.Shifts, shift => shift.Category == ShiftCategory.Long);
        Assert.Contains(unit.AllVedtak, vedtak => vedtak.StaffingRatio == 2);
        Assert.Equal(6, unit.RotationWeeks);
    }

    [Fact]
    public void Home_care_zone_has_about_150_users_with_15_hours_a_month_in_visits_by_day_and_evening()
    {
        var unit = Load("hjemmetjeneste-sone.json");
        var hoursPerUserPerMonth = VedtakHoursPerResident(unit) * 52 / 12;

        Assert.InRange(unit.Residents.Count, 140, 160);
        Assert.InRange(hoursPerUserPerMonth, 14, 16); // 18 227 h for 1 220 users a month [003]
        Assert.All(unit.AllVedtak, vedtak => Assert.True(vedtak.IsVisitBased));
        Assert.Contains(unit.AllVedtak, vedtak => vedtak.StaffingRatio == 2);
        Assert.Equal(0.50, unit.DirectTimeShare); // [000]
        Assert.DoesNotContain(unit.Shifts, shift => shift.IsNightCategory); // night is a shared team elsewhere [003]
    }
}
