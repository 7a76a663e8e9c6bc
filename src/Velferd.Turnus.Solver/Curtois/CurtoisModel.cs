using Google.OrTools.Sat;
using Velferd.Turnus.Domain.Benchmarks.Curtois;
using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// CP-SAT model of exactly the benchmark's rules and objective: one Boolean per employee, day and
/// shift the employee may work. Each hard rule is one Add method named like <see cref="CurtoisRule"/>.
/// </summary>
public sealed class CurtoisModel
{
    private readonly ILiteral?[] _assignments;
    private readonly ILiteral[] _works;

    private CurtoisModel(CurtoisInstance instance, CpModel model)
    {
        Instance = instance;
        Model = model;
        _assignments = new ILiteral?[instance.Staff.Count * instance.HorizonDays * instance.Shifts.Count];
        _works = new ILiteral[instance.Staff.Count * instance.HorizonDays];
        Objective = new ObjectiveBuilder();
    }

    public CurtoisInstance Instance { get; }

    public CpModel Model { get; }

    public ObjectiveBuilder Objective { get; }

    /// <summary>The literal "employee works shift on day", or null where that is impossible.</summary>
    public ILiteral? Assignment(int employee, int day, int shift) =>
        _assignments[(employee * Instance.HorizonDays + day) * Instance.Shifts.Count + shift];

    /// <summary>The literal "employee works (any shift) on day".</summary>
    public ILiteral Works(int employee, int day) => _works[employee * Instance.HorizonDays + day];

    public static CurtoisModel Build(CurtoisInstance instance, CurtoisModelOptions? options = null)
    {
        options ??= CurtoisModelOptions.Default;
        var m = new CurtoisModel(instance, new CpModel());
        m.CreateAssignments();
        for (var e = 0; e < instance.Staff.Count; e++)
        {
            m.AddShiftRotation(e, options.RotationCliques);
            m.AddMaxShiftsPerType(e);
            m.AddTotalMinutes(e);
            m.AddMaxConsecutiveShifts(e);
            m.AddMinConsecutiveBlocks(e, options.MinRunsAsTransitions, WorkSequenceEnds(options.HorizonEnds));
            m.AddMaxWeekends(e);
            if (options.WorkWindowCuts) m.AddWorkWindowCuts(e);
        }
        if (options.BreakSymmetry) m.AddSymmetryBreaking();
        m.AddShiftOnRequests();
        m.AddShiftOffRequests();
        m.AddCover();
        m.Objective.Minimize(m.Model);
        return m;
    }

    /// <summary>
    /// Rules 1 and 6: one literal per allowed (employee, day, shift), none on fixed days off or for
    /// shift types the employee may not work, and exactly one of "a shift" or "off" per day.
    /// </summary>
    private void CreateAssignments()
    {
        var shifts = Instance.Shifts.Count;
        for (var e = 0; e < Instance.Staff.Count; e++)
        {
            var staff = Instance.Staff[e];
            var daysOff = new HashSet<int>(staff.DaysOff);
            for (var d = 0; d < Instance.HorizonDays; d++)
            {
                var day = new List<ILiteral>(shifts + 1);
                if (!daysOff.Contains(d))
                {
                    for (var s = 0; s < shifts; s++)
                    {
                        if (!staff.MayWork(s)) continue;
                        var x = Model.NewBoolVar($"x_{staff.Id}_{d}_{Instance.Shifts[s].Id}");
                        _assignments[(e * Instance.HorizonDays + d) * shifts + s] = x;
                        day.Add(x);
                    }
                }
                _works[e * Instance.HorizonDays + d] = day.Count switch
                {
                    0 => Model.FalseLiteral(),
                    1 => day[0],
                    _ => OffLiteral(staff.Id, d, day).Not(),
                };
            }
        }
    }

    private ILiteral OffLiteral(string employee, int day, List<ILiteral> shifts)
    {
        var off = Model.NewBoolVar($"off_{employee}_{day}");
        Model.AddExactlyOne([.. shifts, off]);
        return off;
    }

    /// <summary>Rule 2: a shift listed as "cannot follow" may not be worked the next day.</summary>
    private void AddShiftRotation(int e, bool asCliques)
    {
        var bans = RotationBan.For(Instance.Shifts, asCliques);
        for (var d = 0; d + 1 < Instance.HorizonDays; d++)
        {
            foreach (var ban in bans)
            {
                var literals = ban.Today.Select(s => Assignment(e, d, s))
                    .Concat(ban.Tomorrow.Select(s => Assignment(e, d + 1, s)))
                    .OfType<ILiteral>()
                    .ToList();
                if (literals.Count > 1) Model.AddAtMostOne(literals);
            }
        }
    }

    /// <summary>Rule 3: shifts of each type at most MaxShifts.</summary>
    private void AddMaxShiftsPerType(int e)
    {
        var staff = Instance.Staff[e];
        for (var s = 0; s < Instance.Shifts.Count; s++)
        {
            var literals = DaysOf(e, s).ToList();
            if (literals.Count > staff.MaxShifts[s]) Model.Add(LinearExpr.Sum(literals) <= staff.MaxShifts[s]);
        }
    }

    /// <summary>Rule 3: total minutes within [MinTotalMinutes, MaxTotalMinutes].</summary>
    private void AddTotalMinutes(int e)
    {
        var staff = Instance.Staff[e];
        var literals = new List<ILiteral>();
        var minutes = new List<long>();
        for (var s = 0; s < Instance.Shifts.Count; s++)
        {
            foreach (var x in DaysOf(e, s))
            {
                literals.Add(x);
                minutes.Add(Instance.Shifts[s].LengthMinutes);
            }
        }
        Model.AddLinearConstraint(LinearExpr.WeightedSum(literals, minutes), staff.MinTotalMinutes, staff.MaxTotalMinutes);
    }

    /// <summary>Rule 4: at most MaxConsecutiveShifts working days in a row.</summary>
    private void AddMaxConsecutiveShifts(int e) =>
        Sequences.AddMaxRun(Model, WorkRow(e), Instance.Staff[e].MaxConsecutiveShifts);

    /// <summary>
    /// Rule 4: working blocks at least MinConsecutiveShifts and blocks off at least
    /// MinConsecutiveDaysOff; blocks touching the horizon ends as <see cref="HorizonEnds"/> says.
    /// </summary>
    private void AddMinConsecutiveBlocks(int e, bool asTransitions, SequenceEnds ends)
    {
        var staff = Instance.Staff[e];
        var works = WorkRow(e);
        if (asTransitions)
        {
            Sequences.AddMinRuns(Model, works, staff.MinConsecutiveShifts, staff.MinConsecutiveDaysOff,
                ends, $"{staff.Id}_");
            return;
        }
        Sequences.AddMinRun(Model, works, staff.MinConsecutiveShifts, ends);
        Sequences.AddMinRun(Model, works.Select(w => w.Not()).ToList(), staff.MinConsecutiveDaysOff, ends.Complement());
    }

    /// <summary>
    /// What lies outside the horizon for the work sequence: unknown (every block at an end is
    /// exempt) or off (work blocks at the ends held, off blocks exempt).
    /// </summary>
    private static SequenceEnds WorkSequenceEnds(HorizonEnds ends) =>
        ends == HorizonEnds.Open ? SequenceEnds.Open : SequenceEnds.InactiveOutside;

    /// <summary>Rule 5: weekends with work on Saturday or Sunday at most MaxWeekends.</summary>
    private void AddMaxWeekends(int e)
    {
        var weekends = Enumerable.Range(0, Instance.WeekendCount)
            .Select(w => (IReadOnlyCollection<ILiteral>)Weekends.Days(w, Instance.HorizonDays).Select(d => Works(e, d)).ToList());
        Indicators.AddMaxActiveGroups(Model, weekends, Instance.Staff[e].MaxWeekends, $"weekend_{Instance.Staff[e].Id}_");
    }

    /// <summary>Redundant: the most working days any window can hold given the block rules.</summary>
    private void AddWorkWindowCuts(int e)
    {
        var staff = Instance.Staff[e];
        var works = WorkRow(e);
        foreach (var (length, max) in WorkWindows.ImpliedLimits(staff.MaxConsecutiveShifts, staff.MinConsecutiveShifts, staff.MinConsecutiveDaysOff))
        {
            for (var start = 0; start + length <= works.Count; start++)
            {
                Model.Add(LinearExpr.Sum(works.Skip(start).Take(length)) <= max);
            }
        }
    }

    /// <summary>Employees with identical contracts, days off and wishes are interchangeable: order their rows.</summary>
    private void AddSymmetryBreaking()
    {
        foreach (var group in IdenticalStaff.Groups(Instance).Where(g => g.Count > 1))
        {
            var rows = group.Select(e => (IReadOnlyList<ILiteral>)WorkRow(e)).ToList();
            Symmetry.AddLexicographicOrder(Model, rows, $"lex_{Instance.Staff[group[0]].Id}_");
        }
    }

    /// <summary>Soft: Weight for every on-request whose shift is not worked.</summary>
    private void AddShiftOnRequests()
    {
        foreach (var request in Instance.ShiftOnRequests)
        {
            if (Assignment(request.Employee, request.Day, request.Shift) is { } x) Objective.AddLiteral("shift on requests", x.Not(), request.Weight);
            else Objective.AddConstant(request.Weight);
        }
    }

    /// <summary>Soft: Weight for every off-request whose shift is worked.</summary>
    private void AddShiftOffRequests()
    {
        foreach (var request in Instance.ShiftOffRequests)
        {
            if (Assignment(request.Employee, request.Day, request.Shift) is { } x) Objective.AddLiteral("shift off requests", x, request.Weight);
        }
    }

    /// <summary>Soft: under- and over-cover of every cover requirement.</summary>
    private void AddCover()
    {
        foreach (var cover in Instance.Cover)
        {
            var staffed = Enumerable.Range(0, Instance.Staff.Count).Select(e => Assignment(e, cover.Day, cover.Shift)).OfType<ILiteral>().ToList();
            SoftConstraints.AddTarget(Model, Objective, "cover", LinearExpr.Sum(staffed), cover.Requirement,
                0, staffed.Count, cover.UnderWeight, cover.OverWeight, $"cover_{cover.Day}_{Instance.Shifts[cover.Shift].Id}");
        }
    }

    private IEnumerable<ILiteral> DaysOf(int e, int s)
    {
        for (var d = 0; d < Instance.HorizonDays; d++)
        {
            if (Assignment(e, d, s) is { } x) yield return x;
        }
    }

    private List<ILiteral> WorkRow(int e) => Enumerable.Range(0, Instance.HorizonDays).Select(d => Works(e, d)).ToList();

    /// <summary>The roster a solution describes.</summary>
    public Roster ReadRoster(IReadOnlyList<long> values) =>
        Roster.Create(Instance.Staff.Count, Instance.HorizonDays, (e, d) =>
        {
            for (var s = 0; s < Instance.Shifts.Count; s++)
            {
                if (Assignment(e, d, s) is { } x && values.BooleanValue(x)) return s;
            }
            return Roster.Off;
        });

    /// <summary>Hints every assignment literal with the given roster.</summary>
    public void HintWith(Roster roster)
    {
        Model.ClearHints();
        for (var e = 0; e < Instance.Staff.Count; e++)
        {
            for (var d = 0; d < Instance.HorizonDays; d++)
            {
                for (var s = 0; s < Instance.Shifts.Count; s++)
                {
                    if (Assignment(e, d, s) is { } x) Model.AddHint(x, roster[e, d] == s);
                }
            }
        }
    }
}
