using Velferd.Turnus.Domain.Benchmarks.Curtois;

namespace Velferd.Turnus.Domain.Tests.Benchmarks.Curtois;

/// <summary>
/// Hand-built rosters on <see cref="MinimalInstance"/> (7 days from Monday; A: D≤7, N≤2, 960–2400 min,
/// runs 2–3, 2 days off, 1 weekend; B: no N, 0–2400 min, runs 1–3, 1 day off, day 6 off; A wants D on
/// day 0 (2), B does not want D on day 2 (3); one D wanted a day, 100 per missing, 1 per extra).
/// Expected penalties are worked out by hand in each test.
/// </summary>
public sealed class RosterEvaluatorTests
{
    private static readonly CurtoisInstance Instance = CurtoisReader.Parse(MinimalInstance.Text);

    [Fact]
    public void A_roster_that_keeps_every_rule_and_wish_costs_nothing()
    {
        // A: D D D - - D D  (run 3, 2 off, run 2 at the end; 5 x 480 = 2400 min; 1 weekend)
        // B: - - - D D - -  (covers days 3-4; 960 min)
        var evaluation = Evaluate("DDD--DD", "---DD--");

        Assert.Empty(evaluation.Breaches);
        Assert.Equal(0, evaluation.Objective);
    }

    [Fact]
    public void An_unwanted_shift_and_an_extra_person_are_charged_their_weights()
    {
        // B works D on day 2 against its wish (3) and day 2 then has two on D (1 over x 1).
        var evaluation = Evaluate("DDD--DD", "--DDD--");

        Assert.Empty(evaluation.Breaches);
        Assert.Equal((0, 3, 0, 1), (evaluation.ShiftOnRequestPenalty, evaluation.ShiftOffRequestPenalty, evaluation.UnderCoverPenalty, evaluation.OverCoverPenalty));
        Assert.Equal(4, evaluation.Objective);
    }

    [Fact]
    public void A_missed_wish_and_uncovered_days_are_charged_their_weights()
    {
        // A misses its wished D on day 0 (2); nobody works days 0, 3 and 6 (3 x 100).
        var evaluation = Evaluate("-DD----", "----DD-");

        Assert.Empty(evaluation.Breaches);
        Assert.Equal((2, 0, 300, 0), (evaluation.ShiftOnRequestPenalty, evaluation.ShiftOffRequestPenalty, evaluation.UnderCoverPenalty, evaluation.OverCoverPenalty));
        Assert.Equal(302, evaluation.Objective);
    }

    [Fact]
    public void Night_then_day_breaks_the_rotation_rule()
    {
        var evaluation = Evaluate("ND---DD", "--DDD--");

        var breach = Assert.Single(evaluation.Breaches);
        Assert.Equal((CurtoisRule.ShiftRotation, "A", 1), (breach.Rule, breach.Employee, breach.Day));
    }

    [Fact]
    public void Three_nights_break_the_cap_of_two()
    {
        // 3 x 600 = 1800 minutes is within A's contract; only the cap on N is broken.
        var evaluation = Evaluate("NNN----", "---DD--");

        Assert.Equal([CurtoisRule.MaxShiftsPerType], evaluation.Breaches.Select(b => b.Rule));
    }

    [Fact]
    public void Minutes_outside_the_contract_are_breaches()
    {
        // A: three nights would be 1800 min but breaks the N cap; 5 D + 1 N = 3000 > 2400. B is fine.
        Assert.Contains(Evaluate("DDD-NDD", "---DD--").Breaches, b => b.Rule == CurtoisRule.MaxTotalMinutes);
        // A: one shift, 480 < 960.
        Assert.Contains(Evaluate("D------", "-DDD-D-").Breaches, b => b.Rule == CurtoisRule.MinTotalMinutes);
    }

    [Fact]
    public void Four_days_in_a_row_break_the_maximum_of_three()
    {
        var evaluation = Evaluate("DDDD---", "----DD-");

        Assert.Equal([CurtoisRule.MaxConsecutiveShifts], evaluation.Breaches.Select(b => b.Rule));
    }

    [Fact]
    public void A_single_day_in_the_middle_breaks_the_minimum_run_but_one_at_an_end_does_not()
    {
        var middle = Evaluate("DD--D--", "--DD-D-");
        Assert.Equal([(CurtoisRule.MinConsecutiveShifts, "A", (int?)4)], middle.Breaches.Select(b => (b.Rule, b.Employee, b.Day)));

        // A works only day 6 after four days off: a run touching the last day is exempt (the reading of the proven optima)...
        var atEnd = Evaluate("DD----D", "--DDD--");
        Assert.Empty(atEnd.Breaches);
        // ...but held when days outside count as off, as the README words it.
        var heldAtEnd = RosterEvaluator.Evaluate(Instance, Build("DD----D", "--DDD--"), HorizonEnds.OffOutside);
        Assert.Equal([(CurtoisRule.MinConsecutiveShifts, (int?)6)], heldAtEnd.Breaches.Select(b => (b.Rule, b.Day)));
    }

    [Fact]
    public void A_single_day_off_between_runs_breaks_the_minimum_of_two_but_not_at_the_ends()
    {
        var middle = Evaluate("DD-DD--", "--D----");
        Assert.Equal([(CurtoisRule.MinConsecutiveDaysOff, "A", (int?)2)], middle.Breaches.Select(b => (b.Rule, b.Employee, b.Day)));

        // One day off at the end, then one at the start: blocks touching the horizon ends are exempt in both readings.
        foreach (var ends in new[] { HorizonEnds.Open, HorizonEnds.OffOutside })
        {
            Assert.Empty(RosterEvaluator.Evaluate(Instance, Build("DD--DD-", "--D----"), ends).Breaches);
            Assert.Empty(RosterEvaluator.Evaluate(Instance, Build("-DD--DD", "D------"), ends).Breaches);
        }
    }

    [Fact]
    public void Working_a_saturday_counts_as_a_weekend()
    {
        var noWeekends = CurtoisReader.Parse(MinimalInstance.Text.Replace("A,D=7|N=2,2400,960,3,2,2,1", "A,D=7|N=2,2400,960,3,2,2,0"));

        var evaluation = RosterEvaluator.Evaluate(noWeekends, Build("DDD--DD", "---DD--"));

        Assert.Contains(evaluation.Breaches, b => (b.Rule, b.Employee) == (CurtoisRule.MaxWeekends, "A"));
    }

    [Fact]
    public void Work_on_a_fixed_day_off_is_a_breach()
    {
        var evaluation = Evaluate("DDD--DD", "---DD-D");

        Assert.Contains(evaluation.Breaches, b => (b.Rule, b.Employee, b.Day) == (CurtoisRule.DaysOff, "B", 6));
    }

    [Fact]
    public void A_roster_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RosterEvaluator.Evaluate(Instance, Roster.FromRows([[0, 0]])));
    }

    private static RosterEvaluation Evaluate(string a, string b) => RosterEvaluator.Evaluate(Instance, Build(a, b));

    /// <summary>One string per employee: D, N or '-' per day.</summary>
    private static Roster Build(params string[] rows) =>
        Roster.FromRows(rows.Select(r => (IReadOnlyList<int>)r.Select(c => c == '-' ? Roster.Off : Instance.ShiftIndex(c.ToString())).ToList()).ToList());
}
