using Velferd.Turnus.Domain.Competences;
using Velferd.Turnus.Domain.Costs;

namespace Velferd.Turnus.Domain.Tests.Costs;

public sealed class CostProfileTests
{
    [Fact]
    public void The_default_profile_is_ks_2025()
    {
        Assert.Same(CostProfiles.Ks2025, CostProfiles.Default);
        Assert.Equal(("ks-2025", 2025), (CostProfiles.Default.Id, CostProfiles.Default.Year));
        Assert.All(CompetenceCodes.All, competence =>
        {
            Assert.True(CostProfiles.Default.AnnualWage[competence] > 0);
            Assert.True(CostProfiles.Default.AgencyHourlyCost[competence] > CostProfiles.Default.VikarHourlyCost[competence]);
        });
    }

    [Fact]
    public void Hourly_wage_is_annual_wage_over_a_full_time_year()
    {
        var profile = CostProfiles.Default;

        // 560 000 ÷ (35.5 h × 52 weeks) = 303.36; with 30 % social costs 394.37.
        Assert.Equal(560_000 / (35.5 * 52), profile.HourlyWage(Competence.Helsefagarbeider, 35.5), 9);
        Assert.Equal(560_000 / (35.5 * 52) * 1.30, profile.HourlyEmployerCost(Competence.Helsefagarbeider, 35.5), 9);
        Assert.Equal(480, profile.VikarHour(Competence.Helsefagarbeider));
    }

    [Fact]
    public void An_arsverk_costs_about_what_the_seeds_report()
    {
        // Bærum: about NOK 0.81 million per årsverk [000]; Alver: about NOK 875 000 [004]. Wage and social costs of
        // an HFA and an SPL årsverk, before supplements, bracket the lower of the two.
        var profile = CostProfiles.Default;
        var helsefagarbeider = profile.HourlyEmployerCost(Competence.Helsefagarbeider, 35.5) * 35.5 * 52;
        var sykepleier = profile.HourlyEmployerCost(Competence.Sykepleier, 35.5) * 35.5 * 52;

        Assert.InRange(810_000, helsefagarbeider, sykepleier);
    }
}
