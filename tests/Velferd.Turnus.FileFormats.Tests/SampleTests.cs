using Velferd.Turnus.Domain.Demand;
using Velferd.Turnus.Domain.Units;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.FileFormats.Tests;

/// <summary>
/// The sample units in samples/: each reads without errors or warnings, and its staffing curve reconciles with
/// its vedtak: weekly staff hours = vedtak hours ÷ direct-time share + base staffing + sleeping presence.
/// </summary>
public sealed class SampleTests
{
    private const double Tolerance = 0.01;

    public static TheoryData<string> Samples => new(RepositoryRoot.Samples().Select(Path.GetFileName)!);

    private static Unit Load(string fileName)
    {
        var result = UnitFileReader.ReadFile(RepositoryRoot.File("samples", fileName));
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return result.Unit!;
    }

    [Fact]
    public void There_are_at_least_four_samples()
    {
        Assert.True(RepositoryRoot.Samples().Count >= 4);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Validates_without_errors_or_warnings(string fileName)
    {
        var result = UnitFileReader.ReadFile(RepositoryRoot.File("samples", fileName));

        Assert.Empty(result.Issues);
        Assert.NotNull(result.Unit);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Weekly_staff_hours_reconcile_with_the_vedtak(string fileName)
    {
        var unit = Load(fileName);
        var reference = ReferenceDemand.Of(unit);

        var curve = DemandEngine.Build(unit);

        var breakdown = curve.Breakdown;
        Assert.Equal(reference.VedtakAwakeHours, breakdown.VedtakAwakeHours, Tolerance);
        Assert.Equal(reference.VedtakSleepingHours, breakdown.VedtakSleepingHours, Tolerance);
        Assert.Equal(reference.BaseAwakeHours, breakdown.BaseAwakeHours, Tolerance);
        Assert.Equal(reference.SleepingHours, breakdown.SleepingHours, Tolerance);
        Assert.Equal(unit.AllVedtak.Sum(vedtak => vedtak.StaffHoursPerWeek), reference.VedtakAwakeHours + reference.VedtakSleepingHours, Tolerance);
        var expected = reference.VedtakAwakeHours / unit.DirectTimeShare + reference.BaseAwakeHours + reference.SleepingHours;
        Assert.Equal(expected, curve.TotalStaffHoursPerWeek, Tolerance);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Required_staff_never_exceeds_desired(string fileName)
    {
        var curve = DemandEngine.Build(Load(fileName));

        for (var slot = 0; slot < Domain.Time.SlotGrid.SlotsPerWeek; slot++)
        {
            foreach (var competence in Domain.Competences.CompetenceCodes.All)
                Assert.True(curve.Required(slot, competence) <= curve.Desired(slot, competence) + 1e-9);
        }
    }
}
