using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Rules;
using Velferd.Turnus.Domain.Time;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units.Checks;

namespace Velferd.Turnus.FileFormats.Units;

/// <summary>Turns a checked unit file into the domain model, filling in documented defaults.</summary>
internal static class UnitMapper
{
    public static Unit Map(UnitFileDto file)
    {
        UnitKindDefaults.TryParse(file.Kind, out var kind);
        var rules = (file.Rules ?? []).Aggregate(RuleSet.Default,
            (rules, pair) => RuleCatalogue.Find(pair.Key) is { } rule ? rule.With(rules, pair.Value) : rules);
        return new Unit(
            Id: file.Id!,
            Name: file.Name!,
            Kind: kind,
            DirectTimeShare: file.DirectTimeShare ?? UnitKindDefaults.DirectTimeShare(kind),
            Shifts: (file.Shifts ?? []).Select(Shift).ToList(),
            Residents: (file.Residents ?? []).Select(Resident).ToList(),
            BaseStaffing: (file.BaseStaffing ?? []).Select(BaseStaffing).ToList(),
            Employees: (file.Employees ?? []).Select(employee => Employee(employee, rules)).ToList(),
            Vacancies: (file.Vacancies ?? []).Select(vacancy => Vacancy(vacancy, rules)).ToList(),
            Rules: rules,
            Costs: CostProfileMapper.Map(file.CostProfile))
        {
            Tasks = (file.Tasks ?? []).Select(Task).ToList(),
            Torn = Torn(file.Torn),
            RotationWeeks = file.RotationWeeks ?? 6,
        };
    }

    private static ShiftDefinition Shift(ShiftDto shift) => new(
        shift.Code!, shift.Name ?? shift.Code!, ClockTime.Parse(shift.Start!), ClockTime.Parse(shift.End!),
        shift.UnpaidBreakMinutes ?? 0, Category(shift.Category));

    internal static ShiftCategory Category(string? code) => code switch
    {
        "evening" => ShiftCategory.Evening,
        "night" => ShiftCategory.Night,
        "long" => ShiftCategory.Long,
        "sleepingNight" => ShiftCategory.SleepingNight,
        _ => ShiftCategory.Day,
    };

    private static Resident Resident(ResidentDto resident) =>
        new(resident.Id!, resident.Name ?? resident.Id!, (resident.Vedtak ?? []).Select(Vedtak).ToList());

    private static Vedtak Vedtak(VedtakDto vedtak)
    {
        var ratio = StaffingRatio.Parse(vedtak.StaffingRatio);
        var visits = (vedtak.Visits ?? []).Select(visit => new Visit(
            TimeChecks.Weekdays(visit.Weekdays), Window(visit.Window!), visit.Minutes ?? 0)).ToList();
        var hours = vedtak.HoursPerWeek ?? (vedtak.HoursPerMonth is { } perMonth ? perMonth * 12 / 52 : 0);
        var result = new Vedtak(
            vedtak.Id!, vedtak.Service ?? "", hours, TimeChecks.Weekdays(vedtak.Weekdays),
            vedtak.Windows is null ? [TimeWindow.WholeDay] : vedtak.Windows.Select(Window).ToList(),
            ratio, Competence(vedtak.Competence), vedtak.Night == "sleeping" ? NightCover.Sleeping : NightCover.Awake, visits);
        return result.IsVisitBased ? result with { HoursPerWeek = result.VisitHoursPerWeek } : result;
    }

    private static BaseStaffingRule BaseStaffing(BaseStaffingDto rule) => new(
        rule.Id!, rule.Description ?? rule.Id!, TimeChecks.Weekdays(rule.Weekdays),
        new TimeWindow(ClockTime.Parse(rule.From!), ClockTime.Parse(rule.To!)), Competence(rule.Competence),
        rule.Count ?? 1, rule.Presence == "sleeping" ? NightCover.Sleeping : NightCover.Awake);

    private static Employee Employee(EmployeeDto employee, RuleSet rules) => new(
        employee.Id!, employee.Name ?? employee.Id!, Competence(employee.Competence), employee.Stillingsprosent ?? 0,
        employee.DesiredStillingsprosent, employee.Helgefrekvens ?? rules.DefaultHelgefrekvens, Night(employee.Night),
        employee.LongShifts ?? false, employee.DelegatedMedication ?? false,
        (employee.Unavailable ?? []).Select(Unavailability).ToList(),
        (employee.Wishes ?? []).Select(Wish).ToList());

    private static Vacancy Vacancy(VacancyDto vacancy, RuleSet rules) => new(
        vacancy.Id!, Competence(vacancy.Competence), vacancy.MinStillingsprosent ?? 0, vacancy.MaxStillingsprosent ?? 100,
        vacancy.Helgefrekvens ?? rules.DefaultHelgefrekvens, Night(vacancy.Night), vacancy.LongShifts ?? false);

    private static Unavailability Unavailability(UnavailabilityDto dto) => new(Weekday(dto.Weekday)!.Value, dto.Week, dto.Reason);

    private static ShiftWish Wish(WishDto dto) => new(
        dto.Kind == "prefer" ? WishKind.Prefer : WishKind.Avoid, Weekday(dto.Weekday), dto.Week, dto.Shift, dto.Weight ?? 1);

    private static CareTask Task(TaskDto task) => new(
        task.Id!, task.Name ?? task.Id!, task.Minutes ?? 0,
        task.PerUnitPerDay is null ? task.PerResidentPerDay ?? 1 : 0, task.PerUnitPerDay ?? 0,
        TimeChecks.Weekdays(task.Weekdays),
        task.Windows is null ? [TimeWindow.WholeDay] : task.Windows.Select(Window).ToList(),
        (task.Competences ?? []).Select(Competence).ToList(), task.DelegatedHfa ?? false, task.Fagteam ?? false, task.Indirect ?? false);

    /// <summary>The file's recruitable hours laid over the defaults: competences it names get its figure.</summary>
    private static TornSettings Torn(TornSettingsDto? torn)
    {
        var recruitable = TornSettings.Default.RecruitableHoursPerWeek.ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var (code, hours) in torn?.RecruitableHoursPerWeek ?? [])
            recruitable[Competence(code)] = hours;
        return new TornSettings(recruitable);
    }

    private static TimeWindow Window(WindowDto window) => new(ClockTime.Parse(window.From!), ClockTime.Parse(window.To!));

    private static Competence Competence(string? code) =>
        CompetenceCodes.TryParse(code, out var competence) ? competence : throw new InvalidOperationException($"Unchecked competence '{code}'.");

    private static Weekday? Weekday(string? code) => code is not null && WeekdayNames.TryParse(code, out var day) ? day : null;

    private static NightWork Night(string? code) => code switch
    {
        "no" => NightWork.No,
        "only" => NightWork.Only,
        _ => NightWork.Yes,
    };
}
