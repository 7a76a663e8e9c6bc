using Microsoft.Extensions.Options;
using Velferd.Turnus.Domain.Torn.Districts;
using Velferd.Turnus.FileFormats.Units;
using Velferd.Turnus.Grains.Abstractions.Districts;
using Velferd.Turnus.Grains.Abstractions.Units;
using Velferd.Turnus.Grains.Solving;
using Velferd.Turnus.Grains.Workers;
using Velferd.Turnus.Solver.Torn;
using Velferd.Turnus.Solver.Torn.Districts;

namespace Velferd.Turnus.Grains.Districts;

/// <summary>
/// A district sharing a fagteam: stores its district and unit files, runs the district TØRN solve in one of the
/// silo's solver slots (never on the grain's turn; a solve takes the units' and the district's time limits), then delivers each
/// unit's reduced demand to its unit grain and defines the fagteam's own unit grain. A solve interrupted by a silo
/// going down is reported as failed; start it again.
/// </summary>
public sealed class DistrictGrain(
    [PersistentState("district", TurnusStorage.Name)] IPersistentState<DistrictRecord> district,
    IOptions<GrainOptions> options,
    SolverHost solver) : Grain, IDistrictGrain
{
    private const string Interrupted = "the solve was interrupted (its silo stopped); start it again";

    private Task? solving;

    private DistrictRecord State => district.State;

    private string DistrictId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.State == DistrictSolveState.Solving)
        {
            State.State = DistrictSolveState.Failed;
            State.Reason = Interrupted;
            await district.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<DefineDistrictResult> Define(string districtJson, IReadOnlyDictionary<string, string> unitFiles)
    {
        if (solving is { IsCompleted: false })
            throw new InvalidOperationException($"district '{DistrictId}' is being solved; define it again when the solve is done");
        var files = new Dictionary<string, string>(unitFiles);
        var (read, issues) = await Task.Run(() => DistrictDefinitions.Read(districtJson, files, DistrictId));
        if (read is null)
            return new DefineDistrictResult(false, issues);
        State.DistrictJson = districtJson;
        State.UnitFiles = files;
        State.State = DistrictSolveState.Defined;
        State.Reason = null;
        State.Outcome = null;
        await district.WriteStateAsync();
        return new DefineDistrictResult(true, issues);
    }

    public async Task<DistrictStatus> StartSolve(DistrictSolveSettings settings)
    {
        if (State.DistrictJson is null)
            throw new InvalidOperationException($"district '{DistrictId}' has no district file yet; define it first");
        if (solving is { IsCompleted: false })
            return Status();
        State.State = DistrictSolveState.Solving;
        State.Reason = null;
        await district.WriteStateAsync();
        solving = SolveAndDeliverAsync(settings);
        return Status();
    }

    public Task<DistrictStatus> GetStatus() => Task.FromResult(Status());

    private DistrictStatus Status() => new(DistrictId, State.DistrictJson is null ? DistrictSolveState.NotDefined : State.State, State.Reason, State.Outcome);

    private async Task SolveAndDeliverAsync(DistrictSolveSettings settings)
    {
        try
        {
            var json = State.DistrictJson!;
            var files = State.UnitFiles;
            var id = DistrictId;
            var tornOptions = new TornOptions
            {
                TimeLimit = TimeSpan.FromSeconds(Math.Max(1, settings.TimeLimitSeconds)),
                Workers = options.Value.SearchWorkers(settings.SearchWorkers),
                Seed = settings.Seed,
            };
            // CPU work: in a solver slot on a thread of its own, while this grain stays free to answer GetStatus.
            var (result, fileNames) = await solver.RunInSlotAsync(stopping =>
            {
                var (read, _) = DistrictDefinitions.Read(json, files, id);
                return (DistrictSolver.Solve(read!, tornOptions, stopping), DistrictDefinitions.UnitFileNames(json));
            });
            if (result.Split is not { } split)
            {
                State.State = DistrictSolveState.Failed;
                State.Reason = $"no district solution within the time limit ({settings.TimeLimitSeconds:0} s per solve)";
            }
            else
            {
                await DeliverAsync(split, fileNames, files);
                State.Outcome = DistrictDefinitions.Outcome(result);
                State.State = DistrictSolveState.Done;
            }
        }
        catch (OperationCanceledException)
        {
            State.State = DistrictSolveState.Failed;
            State.Reason = Interrupted;
        }
        catch (Exception error)
        {
            State.State = DistrictSolveState.Failed;
            State.Reason = $"{error.GetType().Name}: {error.Message}";
        }
        await district.WriteStateAsync();
    }

    /// <summary>Each unit grain gets the unit file the district was solved with and its reduced demand; the fagteam becomes a unit grain.</summary>
    private async Task DeliverAsync(DistrictSplit split, IReadOnlyList<string> fileNames, IReadOnlyDictionary<string, string> files)
    {
        for (var i = 0; i < split.Units.Count; i++)
        {
            var unit = split.Units[i];
            var grain = GrainFactory.GetGrain<IUnitGrain>(unit.Unit.Unit.Id);
            var defined = await grain.Define(files[fileNames[i]], fileNames[i]);
            if (!defined.Accepted)
                throw new InvalidDataException($"unit {unit.Unit.Unit.Id} rejected its unit file: {string.Join("; ", defined.Errors)}");
            await grain.ReceiveDemand(PlanningDemands.From(unit.SharedCurve, $"distrikt {DistrictId} (TØRN med fagteam)"));
        }
        var fagteam = split.District.Fagteam;
        var fagteamJson = UnitFileWriter.StaffingUnit(FagteamUnit.Build(fagteam, split.FagteamCurve),
            $"{fagteam.Name}: bemanningskurven fra distriktet {DistrictId} (TØRN).");
        var fagteamDefined = await GrainFactory.GetGrain<IUnitGrain>(fagteam.Id).Define(fagteamJson, fagteam.Id + ".json");
        if (!fagteamDefined.Accepted)
            throw new InvalidDataException($"the fagteam unit {fagteam.Id} was rejected: {string.Join("; ", fagteamDefined.Errors)}");
    }
}
