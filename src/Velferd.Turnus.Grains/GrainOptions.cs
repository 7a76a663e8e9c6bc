namespace Velferd.Turnus.Grains;

/// <summary>How the grains behave; bound from configuration section <c>Turnus:Grains</c>.</summary>
public sealed record GrainOptions
{
    /// <summary>Solves running at once on one silo; further ones wait in the silo's queue.</summary>
    public int SolverSlots { get; set; } = Environment.ProcessorCount;

    /// <summary>CP-SAT search threads per solve; null shares the cores between the slots.</summary>
    public int? SearchWorkersPerSolve { get; set; }

    /// <summary>At most this often a worker sends an improving plan to its job (and the job to its observers).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A worker with nothing new to say still tells its job it is alive this often (queued solves too).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A job whose worker has been silent this long is started again on a live silo.</summary>
    public TimeSpan WorkerSilenceLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the job's reminder wakes it to check that it is still being solved (Orleans reminders need ≥ 1 min unless lowered).</summary>
    public TimeSpan ResumeCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Live progress is written to storage at most this often (every state change is written at once).</summary>
    public TimeSpan ProgressPersistInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A job that has lost its solver this many times fails instead of starting again.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>An observer that has not renewed its subscription for this long is dropped.</summary>
    public TimeSpan ObserverExpiry { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Plan versions a unit keeps (oldest dropped first).</summary>
    public int PlanVersionsKept { get; set; } = 10;

    public int SearchWorkers(int? requested)
    {
        var share = SearchWorkersPerSolve ?? Math.Max(1, Environment.ProcessorCount / Math.Max(1, SolverSlots));
        return Math.Max(1, Math.Min(share, requested ?? share));
    }
}
