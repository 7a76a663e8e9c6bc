using Velferd.Turnus.Domain.Competences;

namespace Velferd.Turnus.Domain.Costs;

/// <summary>
/// Money values of one agreement year. They change with every wage settlement, so a plan's cost
/// always names the profile and year it was priced with. All amounts in NOK.
/// </summary>
public sealed record CostProfile(
    string Id,
    int Year,
    IReadOnlyDictionary<Competence, double> AnnualWage,
    double SocialCostShare,
    double EveningNightSupplementPerHour,
    double EveningStartHour,
    double NightEndHour,
    double WeekendSupplementPerHour,
    double OvertimeFactor,
    double RaisedOvertimeFactor,
    IReadOnlyDictionary<Competence, double> VikarHourlyCost,
    IReadOnlyDictionary<Competence, double> AgencyHourlyCost,
    string Source)
{
    /// <summary>Hourly base wage: annual wage over a full-time year (full-time week × 52).</summary>
    public double HourlyWage(Competence competence, double fullTimeHoursPerWeek) =>
        AnnualWage[competence] / (fullTimeHoursPerWeek * 52);

    /// <summary>Employer's cost of one paid hour: wage plus social costs (arbeidsgiveravgift, pension).</summary>
    public double HourlyEmployerCost(Competence competence, double fullTimeHoursPerWeek) =>
        HourlyWage(competence, fullTimeHoursPerWeek) * (1 + SocialCostShare);

    /// <summary>Cost of one hour covered by a vikar (temp) of the given competence, social costs included.</summary>
    public double VikarHour(Competence competence) => VikarHourlyCost[competence];
}
