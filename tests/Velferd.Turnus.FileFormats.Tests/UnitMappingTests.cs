using System.Text.Json.Nodes;
using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>A valid file becomes the domain model with every documented default filled in.</summary>
public sealed class UnitMappingTests
{
    private static Unit Read(Action<JsonObject>? edit = null)
    {
        var result = edit is null ? TestUnit.Read() : TestUnit.ReadWith(edit);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return result.Unit!;
    }

    [Fact]
    public void Unit_fields_and_kind_defaults()
    {
        var unit = Read();

        Assert.Equal("test-unit", unit.Id);
        Assert.Equal("Testenhet", unit.Name);
        Assert.Equal(UnitKind.Bofellesskap, unit.Kind);
        Assert.Equal(0.65, unit.DirectTimeShare);
        Assert.Equal(6, unit.RotationWeeks);
        Assert.Empty(unit.Tasks);
    }

    [Theory]
    [InlineData("bofellesskap", 0.65)]
    [InlineData("sykehjemsavdeling", 0.65)]
    [InlineData("hjemmetjenestesone", 0.50)]
    public void Direct_time_share_defaults_per_kind(string kind, double expected)
    {
        Assert.Equal(expected, Read(document => document["kind"] = kind).DirectTimeShare);
    }

    [Fact]
    public void A_stated_direct_time_share_wins()
    {
        Assert.Equal(0.8, Read(document => document["directTimeShare"] = 0.8).DirectTimeShare);
    }

    [Fact]
    public void Shifts_keep_times_breaks_and_categories()
    {
        var unit = Read();

        var longShift = unit.FindShift("L")!;
        Assert.Equal(new ClockTime(8 * 60), longShift.Start);
        Assert.Equal(new ClockTime(20 * 60 + 30), longShift.End);
        Assert.Equal(30, longShift.UnpaidBreakMinutes);
        Assert.Equal(12.0, longShift.PaidHours);
        Assert.Equal(ShiftCategory.Long, longShift.Category);
        Assert.Equal("L", longShift.Name);
        Assert.True(unit.FindShift("N")!.CrossesMidnight);
        Assert.Equal(9.0, unit.FindShift("N")!.PaidHours);
    }

    [Fact]
    public void Vedtak_fill_weekdays_ratio_and_night_defaults()
    {
        var unit = Read();

        var evening = unit.AllVedtak.Single(vedtak => vedtak.Id == "b1-kveld");
        Assert.Equal(WeekdayNames.All, evening.Weekdays);
        Assert.Equal([new TimeWindow(new ClockTime(15 * 60), new ClockTime(22 * 60))], evening.Windows);
        Assert.Equal(1, evening.StaffingRatio);
        Assert.Equal(Competence.Helsefagarbeider, evening.Competence);
        Assert.Equal(NightCover.Awake, evening.Night);
        Assert.Equal(14, evening.HoursPerWeek);
        Assert.Equal("", unit.AllVedtak.Single(vedtak => vedtak.Id == "b1-medisin").Service);
        Assert.Equal("b2", unit.Residents[1].Name);
    }

    [Fact]
    public void Hours_per_month_become_hours_per_week_with_12_over_52()
    {
        var weekend = Read().AllVedtak.Single(vedtak => vedtak.Id == "b2-helg");

        Assert.Equal(6.0, weekend.HoursPerWeek, 9); // 26 h a month × 12 months ÷ 52 weeks
        Assert.Equal([Weekday.Saturday, Weekday.Sunday], weekend.Weekdays);
    }

    [Fact]
    public void Visit_vedtak_take_their_hours_from_the_visits()
    {
        var visits = Read().AllVedtak.Single(vedtak => vedtak.Id == "b2-besok");

        Assert.True(visits.IsVisitBased);
        Assert.Equal(1.5, visits.HoursPerWeek, 9); // 3 days × 30 min
        var visit = Assert.Single(visits.Visits);
        Assert.Equal([Weekday.Monday, Weekday.Wednesday, Weekday.Friday], visit.Weekdays);
        Assert.Equal(30, visit.Minutes);
    }

    [Fact]
    public void Base_staffing_defaults_to_every_day_and_awake()
    {
        var rule = Assert.Single(Read().BaseStaffing);

        Assert.Equal("natt", rule.Description);
        Assert.Equal(WeekdayNames.All, rule.Weekdays);
        Assert.Equal(NightCover.Awake, rule.Presence);
        Assert.Equal(Competence.Assistent, rule.Competence);
        Assert.Equal(8.5, rule.Window.DurationHours);
    }

    [Fact]
    public void Employees_get_helgefrekvens_from_the_rules_when_they_have_none()
    {
        var unit = Read();

        Assert.Equal(RuleSet.Default.DefaultHelgefrekvens, unit.FindEmployee("e1")!.Helgefrekvens);
        Assert.Equal(2, unit.FindEmployee("e2")!.Helgefrekvens);
        Assert.Equal(4, Read(document => document["rules"] = new JsonObject { ["defaultHelgefrekvens"] = 4 }).FindEmployee("e1")!.Helgefrekvens);
    }

    [Fact]
    public void Employees_keep_positions_wishes_and_unavailability()
    {
        var unit = Read();

        var first = unit.FindEmployee("e1")!;
        Assert.Equal(100, first.Stillingsprosent);
        Assert.Null(first.DesiredStillingsprosent);
        Assert.Equal(NightWork.Yes, first.Night);
        Assert.False(first.AcceptsLongShifts);
        Assert.False(first.WantsLargerPosition);

        var second = unit.FindEmployee("e2")!;
        Assert.Equal("e2", second.Name);
        Assert.True(second.WantsLargerPosition);
        Assert.True(second.AcceptsLongShifts);
        Assert.True(second.DelegatedMedication);
        Assert.Equal(new Unavailability(Weekday.Wednesday, 2, "Kurs"), Assert.Single(second.Unavailable));
        Assert.Equal(new ShiftWish(WishKind.Avoid, Weekday.Friday, null, "A", 3), Assert.Single(second.Wishes));

        Assert.Equal(NightWork.Only, unit.FindEmployee("e3")!.Night);
    }

    [Fact]
    public void Vacancies_default_to_an_optional_position_of_the_unit_pattern()
    {
        var vacancy = Assert.Single(Read().Vacancies);

        Assert.Equal(0, vacancy.MinStillingsprosent);
        Assert.Equal(80, vacancy.MaxStillingsprosent);
        Assert.Equal(RuleSet.Default.DefaultHelgefrekvens, vacancy.Helgefrekvens);
        Assert.Equal(NightWork.Yes, vacancy.Night);
    }

    [Fact]
    public void Rule_overrides_change_only_the_named_rule()
    {
        Assert.Equal(RuleSet.Default with { DailyRestHours = 9 }, Read().Rules);
    }

    [Fact]
    public void The_cost_profile_overlays_the_default()
    {
        var costs = Read().Costs;
        var basis = CostProfiles.Default;

        Assert.Equal("ks-2025+lokal", costs.Id);
        Assert.Equal(2026, costs.Year);
        Assert.Equal(575_000, costs.AnnualWage[Competence.Helsefagarbeider]);
        Assert.Equal(basis.AnnualWage[Competence.Sykepleier], costs.AnnualWage[Competence.Sykepleier]);
        Assert.Equal(0.32, costs.SocialCostShare);
        Assert.Equal(basis.WeekendSupplementPerHour, costs.WeekendSupplementPerHour);
        Assert.Equal(basis.VikarHourlyCost, costs.VikarHourlyCost);
    }

    [Fact]
    public void Without_a_cost_profile_the_default_is_used()
    {
        Assert.Same(CostProfiles.Default, Read(document => document.Remove("costProfile")).Costs);
    }

    [Fact]
    public void Windows_may_run_over_midnight_and_end_at_24()
    {
        var unit = Read(document =>
        {
            document.Node("residents[0].vedtak[0]")["windows"] = new JsonArray(new JsonObject { ["from"] = "21:00", ["to"] = "02:00" });
            document.Node("baseStaffing[0]")["from"] = "20:00";
            document.Node("baseStaffing[0]")["to"] = "24:00";
        });

        var window = Assert.Single(unit.AllVedtak.First().Windows);
        Assert.True(window.CrossesMidnight);
        Assert.Equal(5.0, window.DurationHours);
        Assert.Equal(4.0, unit.BaseStaffing[0].Window.DurationHours);
    }
}
