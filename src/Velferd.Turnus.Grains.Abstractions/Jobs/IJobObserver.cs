using Orleans.Concurrency;

namespace Velferd.Turnus.Grains.Abstractions.Jobs;

/// <summary>Receives a job's changes as they happen: state changes and each improving plan (throttled).</summary>
[Alias("Velferd.Turnus.IJobObserver")]
public interface IJobObserver : IGrainObserver
{
    [OneWay, Alias("OnJobChanged")]
    Task OnJobChanged(JobUpdate update);
}

/// <summary>A job's state after a change; <see cref="PlanJson"/> is the improving plan when the change is one.</summary>
[GenerateSerializer, Immutable, Alias("Velferd.Turnus.JobUpdate")]
public sealed record JobUpdate(JobSnapshot Snapshot, string? PlanJson);
