using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Checking.Measures;

/// <summary>
/// Serves one slot's demand with the staff on site, least flexible first: each competence's demand
/// is met by staff who can do the least else (exact match before higher competences). For this
/// coverage order that gives the smallest shortfall for every competence at once.
/// </summary>
public static class CoverageAllocation
{
    private static readonly IReadOnlyList<Competence> DemandOrder =
        CompetenceCodes.All.OrderBy(competence => CompetenceCodes.All.Count(staff => CompetenceCoverage.CanCover(staff, competence))).ToList();

    /// <summary>Shortfall per competence (indexed by competence) and the staff left over after serving the demand.</summary>
    public static (double[] Shortfall, double Leftover) Allocate(IReadOnlyList<double> demand, IReadOnlyList<double> supply)
    {
        var remaining = supply.ToArray();
        var shortfall = new double[demand.Count];
        foreach (var needed in DemandOrder)
        {
            var left = demand[(int)needed];
            foreach (var staff in SuppliersOf(needed))
            {
                var used = Math.Min(left, remaining[(int)staff]);
                remaining[(int)staff] -= used;
                left -= used;
            }
            shortfall[(int)needed] = Math.Max(0, left);
        }
        return (shortfall, remaining.Sum());
    }

    private static IEnumerable<Competence> SuppliersOf(Competence needed) =>
        CompetenceCodes.All.Where(staff => CompetenceCoverage.CanCover(staff, needed))
            .OrderBy(staff => staff == needed ? 0 : 1)
            .ThenBy(staff => CompetenceCoverage.Serves(staff).Count());
}
