namespace Velferd.Turnus.Grains.Abstractions.Units;

/// <summary>
/// A staffing curve a unit is planned on instead of its own vedtak curve: the demand after a TØRN task split, or
/// the reduced demand its district delivers when a fagteam is shared. Per competence, per 15-minute slot of the
/// week (Monday 00:00 first). <see cref="Source"/> says where it came from, for people reading a job.
/// </summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PlanningDemand")]
public sealed record PlanningDemand(string Source, IReadOnlyList<PlanningDemandCompetence> Competences);

/// <summary>One competence of a <see cref="PlanningDemand"/>: staff desired awake, the required minimum and sleeping presence per slot.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.PlanningDemandCompetence")]
public sealed record PlanningDemandCompetence(string Competence, IReadOnlyList<double> Desired, IReadOnlyList<int> Required, IReadOnlyList<int> Sleeping);
