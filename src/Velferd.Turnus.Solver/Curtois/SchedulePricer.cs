using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Solver.Curtois;

/// <summary>
/// Finds one employee's cheapest legal schedules for given per-(day, shift) costs by dynamic
/// programming over the days — the pricing problem of column generation. A state holds what the
/// rules still need to know: last shift, length of the current run of work or days off (and
/// whether it began on day 0), minutes worked, weekends worked and counts of capped shift types.
/// All of the employee's hard rules hold on every schedule returned.
/// </summary>
internal sealed class SchedulePricer
{
    private readonly CurtoisInstance _instance;
    private readonly StaffMember _staff;
    private readonly HorizonEnds _ends;
    private readonly int _off;
    private readonly int[] _units;
    private readonly int _minUnits;
    private readonly int _maxUnits;
    private readonly int _maxRun;
    private readonly int _minRun;
    private readonly int _minOff;
    private readonly int _maxUnitsPerShift;
    private readonly bool _trackWeekends;
    private readonly int[] _cappedShifts;
    private int[] _countShift = [];
    private int[] _countBits = [];
    private readonly bool[] _dayOff;
    private readonly bool[,] _banned;
    private LabelLayer[]? _layers;
    private double[,] _toCome = new double[0, 0];
    private double _below = double.PositiveInfinity;


    public SchedulePricer(CurtoisInstance instance, int employee, HorizonEnds ends)
    {
        _instance = instance;
        _staff = instance.Staff[employee];
        _ends = ends;
        var shifts = instance.Shifts;
        _off = shifts.Count;
        // Minutes are counted in units of the largest common divisor of the shift lengths.
        var unit = shifts.Select(s => s.LengthMinutes).Where(l => l > 0).Aggregate(0, Gcd);
        unit = Math.Max(1, unit);
        _units = shifts.Select(s => s.LengthMinutes / unit).ToArray();
        _minUnits = (_staff.MinTotalMinutes + unit - 1) / unit;
        _maxUnits = _staff.MaxTotalMinutes / unit;
        _maxUnitsPerShift = _units.DefaultIfEmpty(0).Max();
        _maxRun = Math.Max(1, _staff.MaxConsecutiveShifts);
        _minRun = Math.Max(1, _staff.MinConsecutiveShifts);
        _minOff = Math.Max(1, _staff.MinConsecutiveDaysOff);
        _trackWeekends = _staff.MaxWeekends < instance.WeekendCount;
        // Only shift types whose cap can bind need a counter; counters are added lazily (see Cheapest).
        _cappedShifts = Enumerable.Range(0, shifts.Count)
            .Where(s => _staff.MaxShifts[s] > 0 && _staff.MaxShifts[s] < Math.Min(instance.HorizonDays, _maxUnits / Math.Max(1, _units[s])))
            .ToArray();
        _dayOff = new bool[instance.HorizonDays];
        foreach (var d in _staff.DaysOff) _dayOff[d] = true;
        _banned = new bool[shifts.Count, shifts.Count];
        for (var s = 0; s < shifts.Count; s++)
        {
            foreach (var next in shifts[s].CannotFollow) _banned[s, next] = true;
        }
    }

    private const int CountBitsAvailable = 62;


    /// <summary>
    /// The up to <paramref name="count"/> cheapest schedules (shift index or <see cref="Roster.Off"/>
    /// per day) with their cost Σ cost[day, shift] over worked days; empty if no schedule is legal.
    /// </summary>
    /// <param name="below">Only schedules cheaper than this are wanted; states that cannot get below it are pruned.</param>
    public IReadOnlyList<PricedSchedule> Cheapest(double[,] cost, int count, double below = double.PositiveInfinity)
    {
        // Shift-type caps rarely bind, and each one tracked multiplies the states. So solve without
        // the caps not yet seen to matter; if the cheapest schedule breaks one, track it and re-solve.
        while (true)
        {
            var schedules = CheapestTrackingCounters(cost, count, below);
            var broken = _cappedShifts.Where(s => !_countShift.Contains(s) && schedules.Count > 0 && Count(schedules[0], s) > _staff.MaxShifts[s]).ToList();
            if (broken.Count == 0) return schedules.Where(RespectsCaps).ToList();
            _countShift = [.. _countShift, .. broken];
            _countBits = _countShift.Select(s => BitsFor(_staff.MaxShifts[s])).ToArray();
            if (_countBits.Sum() > CountBitsAvailable)
            {
                throw new NotSupportedException($"Employee {_staff.Id} caps too many shift types for the schedule pricer.");
            }
        }
    }

    private bool RespectsCaps(PricedSchedule schedule) => _cappedShifts.All(s => Count(schedule, s) <= _staff.MaxShifts[s]);

    private static int Count(PricedSchedule schedule, int shift) => schedule.Shifts.Count(x => x == shift);

    private List<PricedSchedule> CheapestTrackingCounters(double[,] cost, int count, double below)
    {
        var days = _instance.HorizonDays;
        _toCome = CostToCome(cost);
        _below = below;
        _layers ??= Enumerable.Range(0, days).Select(_ => new LabelLayer(GroupCount)).ToArray();
        var labels = 0L;
        for (var d = 0; d < days; d++)
        {
            if (d > 0 && (labels += _layers[d - 1].Labels.Count) > MaxLabelsPerCall)
            {
                ReleaseLayers();
                throw new PricingTooLargeException(
                    $"pricing employee {_staff.Id} needs more than {MaxLabelsPerCall:N0} states by day {d} of {days}");
            }
            var layer = _layers[d];
            layer.Clear();
            if (d == 0)
            {
                Extend(layer, Label.Start, -1, d, cost);
                continue;
            }
            var previous = _layers[d - 1].Labels;
            for (var i = 0; i < previous.Count; i++)
            {
                if (!previous[i].Dominated) Extend(layer, previous[i], i, d, cost);
            }
        }

        var last = _layers[days - 1].Labels;
        var finals = Enumerable.Range(0, last.Count)
            .Where(i => !last[i].Dominated && IsLegalEnd(last[i]) && last[i].Cost < below)
            .OrderBy(i => last[i].Cost)
            .Take(count);
        var schedules = finals.Select(i => new PricedSchedule(last[i].Cost, Reconstruct(i))).ToList();
        // Long horizons: one pricer per employee keeping its layers would hold gigabytes between calls.
        if (!LabelLayer.IsDense(GroupCount)) ReleaseLayers();
        return schedules;
    }

    /// <summary>
    /// A state takes about 50 bytes, up to 200 with list growth and the sparse heads of long horizons; two pricing calls
    /// may run at once. So a call may hold a 800th of the memory the process may use, at most 30 million states (one
    /// employee over 364 days with simple costs needs about 24 million): on this 24 GiB machine 30 million, 12 GiB at peak
    /// for a year-long instance with 150 staff.
    /// </summary>
    internal static readonly long MaxLabelsPerCall = Math.Clamp(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 800, 1_000_000, 30_000_000);

    private void ReleaseLayers() => _layers = null;

    private void Extend(LabelLayer layer, Label from, int fromIndex, int day, double[,] cost)
    {
        var remaining = _instance.HorizonDays - 1 - day;
        var wasWorking = from.Last >= 0 && from.Last != _off;
        if (CanStopWorking(from, wasWorking))
        {
            var run = wasWorking ? 1 : Math.Min(from.Run + 1, _minOff);
            var startsAtDayZero = !wasWorking && from.StartsAtDayZero;
            if (from.Units + MaxMoreUnits(remaining) >= _minUnits)
            {
                Keep(layer, new Label(_off, run, startsAtDayZero, from.Units, from.Weekends, from.Counts, from.Cost, fromIndex), day);
            }
        }
        if (_dayOff[day]) return;
        for (var s = 0; s < _off; s++)
        {
            if (_staff.MaxShifts[s] == 0 || !CanWork(from, wasWorking, s)) continue;
            var units = from.Units + _units[s];
            if (units > _maxUnits || units + MaxMoreUnits(remaining) < _minUnits) continue;
            var weekends = from.Weekends + (IsNewWeekend(wasWorking, day) ? 1 : 0);
            if (_trackWeekends && weekends > _staff.MaxWeekends) continue;
            var counts = from.Counts;
            var slot = Array.IndexOf(_countShift, s);
            if (slot >= 0)
            {
                var offset = CountOffset(slot);
                var value = (int)((counts >> offset) & ((1L << _countBits[slot]) - 1));
                if (value + 1 > _staff.MaxShifts[s]) continue;
                counts += 1L << offset;
            }
            var run = wasWorking ? from.Run + 1 : 1;
            var startsAtDayZero = wasWorking ? from.StartsAtDayZero : day == 0;
            Keep(layer, new Label(s, run, startsAtDayZero, units, _trackWeekends ? weekends : 0, counts, from.Cost + cost[day, s], fromIndex), day);
        }
    }

    /// <summary>Going off today ends a working run: it must be long enough unless it is exempt at the start.</summary>
    private bool CanStopWorking(Label from, bool wasWorking) =>
        !wasWorking || from.Run >= _minRun || (from.StartsAtDayZero && _ends == HorizonEnds.Open);

    /// <summary>
    /// Starting a run ends a run of days off, which must be long enough unless it began before day 0;
    /// continuing a run must respect the rotation bans and the maximum run length.
    /// </summary>
    private bool CanWork(Label from, bool wasWorking, int shift)
    {
        if (!wasWorking) return from.Run >= _minOff || from.StartsAtDayZero;
        return !_banned[from.Last, shift] && from.Run + 1 <= _maxRun;
    }

    /// <summary>Work on a Saturday, or on a Sunday after a Saturday off, adds a weekend.</summary>
    private static bool IsNewWeekend(bool workedYesterday, int day)
    {
        var weekday = day % Weekends.DaysPerWeek;
        return weekday == Weekends.SaturdayOffset || (weekday == Weekends.SaturdayOffset + 1 && !workedYesterday);
    }

    /// <summary>Enough minutes, and a working run at the end is held to its minimum unless the ends are open.</summary>
    private bool IsLegalEnd(Label label)
    {
        if (label.Units < _minUnits) return false;
        if (label.Last == _off || _ends == HorizonEnds.Open) return true;
        return label.Run >= _minRun;
    }

    /// <summary>Most units the remaining days can add, given the maximum run length.</summary>
    private int MaxMoreUnits(int remainingDays)
    {
        var cycles = remainingDays / (_maxRun + 1);
        var workDays = cycles * _maxRun + Math.Min(remainingDays % (_maxRun + 1), _maxRun);
        return workDays * _maxUnitsPerShift;
    }

    private int CountOffset(int slot)
    {
        var shift = 0;
        for (var i = 0; i < slot; i++) shift += _countBits[i];
        return shift;
    }

    /// <summary>
    /// Adds a label unless one in the same state is at least as good in cost, weekends and every
    /// tracked count (Pareto dominance); labels the new one dominates are marked and skipped later.
    /// </summary>
    private void Keep(LabelLayer layer, Label label, int day)
    {
        // Even the cheapest possible rest of the horizon cannot bring this state below the threshold.
        if (label.Cost + _toCome[day, RelaxedState(label.Last, label.Run, label.StartsAtDayZero)] >= _below) return;
        var group = Group(label);
        var labels = layer.Labels;
        for (var i = layer.Head(group); i >= 0; i = layer.Next(i))
        {
            if (!labels[i].Dominated && Dominates(labels[i], label)) return;
        }
        for (var i = layer.Head(group); i >= 0; i = layer.Next(i))
        {
            if (!labels[i].Dominated && Dominates(label, labels[i])) labels[i] = labels[i] with { Dominated = true };
        }
        layer.Add(group, label);
    }

    /// <summary>
    /// Exact cheapest cost of the days after each day from each relaxed state (last shift, run,
    /// run start), obeying every rule except minutes, weekends and shift caps: a lower bound that
    /// prunes states which cannot end below the threshold.
    /// </summary>
    private double[,] CostToCome(double[,] cost)
    {
        var days = _instance.HorizonDays;
        var states = (_off + 1) * (RunLimit + 1) * 2;
        var toCome = new double[days, states];
        for (var state = 0; state < states; state++)
        {
            var (last, run, first) = Unpack(state);
            toCome[days - 1, state] = run == 0 || IsLegalEnd(new Label(last, run, first, _minUnits, 0, 0, 0, -1)) ? 0 : double.PositiveInfinity;
        }
        for (var d = days - 2; d >= 0; d--)
        {
            var next = d + 1;
            for (var state = 0; state < states; state++)
            {
                var (last, run, first) = Unpack(state);
                var best = double.PositiveInfinity;
                if (run > 0)
                {
                    var from = new Label(last, run, first, 0, 0, 0, 0, -1);
                    var wasWorking = last != _off;
                    if (CanStopWorking(from, wasWorking))
                    {
                        var offRun = wasWorking ? 1 : Math.Min(run + 1, _minOff);
                        best = toCome[next, RelaxedState(_off, offRun, !wasWorking && first)];
                    }
                    if (!_dayOff[next])
                    {
                        for (var s = 0; s < _off; s++)
                        {
                            if (_staff.MaxShifts[s] == 0 || !CanWork(from, wasWorking, s)) continue;
                            var state2 = RelaxedState(s, wasWorking ? run + 1 : 1, wasWorking && first);
                            best = Math.Min(best, cost[next, s] + toCome[next, state2]);
                        }
                    }
                }
                toCome[d, state] = best;
            }
        }
        return toCome;
    }

    private int RelaxedState(int last, int run, bool first) => ((last < 0 ? _off : last) * (RunLimit + 1) + Math.Min(run, RunLimit)) * 2 + (first ? 1 : 0);

    private (int Last, int Run, bool First) Unpack(int state) => (state / 2 / (RunLimit + 1), state / 2 % (RunLimit + 1), state % 2 == 1);

    /// <summary>Dense index of what must match for two labels to compete: last shift, run, run start, minutes.</summary>
    private int Group(Label label) =>
        (((label.Last + 1) * (RunLimit + 1) + Math.Min(label.Run, RunLimit)) * 2 + (label.StartsAtDayZero ? 1 : 0)) * (_maxUnits + 1) + label.Units;

    private int RunLimit => Math.Max(_maxRun, _minOff);

    private int GroupCount => (_off + 2) * (RunLimit + 1) * 2 * (_maxUnits + 1);

    private bool Dominates(Label a, Label b)
    {
        if (a.Cost > b.Cost || a.Weekends > b.Weekends) return false;
        if (a.Counts == b.Counts) return true;
        for (var slot = 0; slot < _countShift.Length; slot++)
        {
            var offset = CountOffset(slot);
            var mask = (1L << _countBits[slot]) - 1;
            if (((a.Counts >> offset) & mask) > ((b.Counts >> offset) & mask)) return false;
        }
        return true;
    }

    private int[] Reconstruct(int finalIndex)
    {
        var days = _instance.HorizonDays;
        var shifts = new int[days];
        var i = finalIndex;
        for (var d = days - 1; d >= 0; d--)
        {
            var label = _layers![d].Labels[i];
            shifts[d] = label.Last == _off ? Roster.Off : label.Last;
            i = label.Previous;
        }
        return shifts;
    }

    private static int BitsFor(int max) => max <= 0 ? 1 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)max);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>One DP state with the cheapest way to reach it; <see cref="Previous"/> indexes the day before.</summary>
    internal readonly record struct Label(
        int Last, int Run, bool StartsAtDayZero, int Units, int Weekends, long Counts, double Cost, int Previous, bool Dominated = false)
    {
        /// <summary>The state before day 0: "off" with a run that is exempt because it lies outside the horizon.</summary>
        public static Label Start => new(-1, 0, true, 0, 0, 0, 0, -1);


    }
}

/// <summary>A priced schedule: total cost and shift index (or <see cref="Roster.Off"/>) per day.</summary>
internal sealed record PricedSchedule(double Cost, int[] Shifts);

/// <summary>
/// The labels of one day, chained per state group so that dominance checks only look at labels
/// of the same state; reused between pricing calls to avoid allocation.
/// </summary>
internal sealed class LabelLayer
{
    /// <summary>Up to this many groups the heads are an array (fast); above it, a dictionary of the groups in use (a year's minutes make hundreds of thousands of groups, few of them used).</summary>
    private const int DenseGroupLimit = 1 << 14;

    private readonly int[]? _head;
    private readonly Dictionary<int, int>? _sparseHead;
    private readonly List<int> _next = [];
    private readonly List<int> _usedGroups = [];

    public LabelLayer(int groups)
    {
        if (IsDense(groups))
        {
            _head = new int[groups];
            Array.Fill(_head, -1);
        }
        else
        {
            _sparseHead = [];
        }
    }

    public static bool IsDense(int groups) => groups <= DenseGroupLimit;

    public List<SchedulePricer.Label> Labels { get; } = [];

    public int Head(int group) => _head is not null ? _head[group] : _sparseHead!.GetValueOrDefault(group, -1);

    public int Next(int label) => _next[label];

    public void Add(int group, SchedulePricer.Label label)
    {
        var head = Head(group);
        if (head < 0) _usedGroups.Add(group);
        _next.Add(head);
        if (_head is not null) _head[group] = Labels.Count;
        else _sparseHead![group] = Labels.Count;
        Labels.Add(label);
    }

    public void Clear()
    {
        if (_head is not null)
        {
            foreach (var group in _usedGroups) _head[group] = -1;
        }
        _sparseHead?.Clear();
        _usedGroups.Clear();
        _next.Clear();
        Labels.Clear();
    }
}
