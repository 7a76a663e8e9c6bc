using System.Diagnostics;
using Google.OrTools.Sat;

namespace Velferd.Turnus.Solver.Modelling;

/// <summary>
/// Runs CP-SAT on a model with <see cref="SolveOptions"/>, streams every improving solution to a
/// callback and reports status, objective, bound, gap, wall time, time to first and to best solution.
/// </summary>
/// <param name="log">Receives CP-SAT's search log lines when <see cref="SolveOptions.LogSearch"/> is on.</param>
public sealed class CpSatRunner(Action<string>? log = null)
{
    public SolveReport Solve(
        CpModel model, SolveOptions options, Action<SolveProgress>? onImprovement = null, CancellationToken cancellation = default,
        bool captureSolutions = false) =>
        Solve(model.Model, options, onImprovement, cancellation, captureSolutions: captureSolutions);

    /// <param name="clockOffset">Added to every reported time, so that a solve inside a longer search reports search time.</param>
    /// <param name="captureSolutions">Copy every improving solution into <see cref="SolveProgress.Values"/> (for callers that stream plans).</param>
    /// <param name="onBound">Receives every rise of the best bound, also when no solution comes with it.</param>
    public SolveReport Solve(
        CpModelProto model,
        SolveOptions options,
        Action<SolveProgress>? onImprovement = null,
        CancellationToken cancellation = default,
        TimeSpan clockOffset = default,
        bool captureSolutions = false,
        Action<double>? onBound = null)
    {
        var clock = Stopwatch.StartNew();
        using var wrapper = new SolveWrapper();
        wrapper.SetStringParameters(options.ToParameterString());
        using var callback = new ImprovementCallback(clock, clockOffset, onImprovement, captureSolutions ? model.Variables.Count : 0);
        wrapper.AddSolutionCallback(callback);
        using var logSink = log is null ? null : new LogSink(log);
        if (logSink is not null) wrapper.AddLogCallbackFromClass(logSink);
        using var stop = cancellation.Register(wrapper.StopSearch);
        using var boundWatch = options.StopWhenBoundStalls is not null || onBound is not null
            ? new BoundWatch(wrapper, clock, options.StopWhenBoundStalls, options.BoundStallRise, onBound)
            : null;

        var response = wrapper.Solve(model);
        wrapper.ClearSolutionCallback(callback);
        // A fault in the caller's callback cannot cross the native solver; it stopped the search and surfaces here.
        callback.Fault?.Throw();

        var hasSolution = response.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        return new SolveReport(
            ToStatus(response.Status),
            hasSolution ? response.ObjectiveValue : null,
            response.BestObjectiveBound,
            clock.Elapsed + clockOffset,
            callback.FirstSolution,
            callback.BestSolution,
            callback.Count,
            hasSolution ? [.. response.Solution] : []);
    }

    private static SolveStatus ToStatus(CpSolverStatus status) => status switch
    {
        CpSolverStatus.Optimal => SolveStatus.Optimal,
        CpSolverStatus.Feasible => SolveStatus.Feasible,
        CpSolverStatus.Infeasible => SolveStatus.Infeasible,
        CpSolverStatus.ModelInvalid => SolveStatus.ModelInvalid,
        _ => SolveStatus.Unknown,
    };

    /// <summary>CP-SAT calls this once per improving solution.</summary>
    private sealed class ImprovementCallback(Stopwatch clock, TimeSpan offset, Action<SolveProgress>? onImprovement, int capturedVariables) : SolutionCallback
    {
        private readonly Lock _gate = new();

        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Fault { get; private set; }

        public TimeSpan? FirstSolution { get; private set; }
        public TimeSpan? BestSolution { get; private set; }
        public int Count { get; private set; }

        public override void OnSolutionCallback()
        {
            SolveProgress progress;
            lock (_gate)
            {
                var now = clock.Elapsed + offset;
                FirstSolution ??= now;
                BestSolution = now;
                Count++;
                progress = new SolveProgress(ObjectiveValue(), BestObjectiveBound(), now, Count, capturedVariables > 0 ? Capture() : null);
            }
            try
            {
                onImprovement?.Invoke(progress);
            }
            catch (Exception error)
            {
                Fault ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error);
                StopSearch();
            }
        }

        private long[] Capture()
        {
            var values = new long[capturedVariables];
            for (var i = 0; i < values.Length; i++) values[i] = SolutionIntegerValue(i);
            return values;
        }
    }

    /// <summary>
    /// Passes each rise of the best bound on and, given a patience, stops the search once the bound has stalled
    /// (<see cref="BoundStall"/>): checked on a timer, since the bound callback only fires on a rise.
    /// </summary>
    private sealed class BoundWatch : BestBoundCallback
    {
        private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(250);
        private readonly Lock _gate = new();
        private readonly Stopwatch _clock;
        private readonly Action<double>? _onBound;
        private readonly Timer? _timer;
        private readonly BoundStall? _stall;
        private bool _disposed;

        public BoundWatch(SolveWrapper wrapper, Stopwatch clock, TimeSpan? patience, double significantRise, Action<double>? onBound)
        {
            _clock = clock;
            _onBound = onBound;
            wrapper.AddBestBoundCallbackFromClass(this);
            if (patience is not { } wait)
                return;
            _stall = new BoundStall(wait, significantRise);
            _timer = new Timer(_ =>
            {
                lock (_gate) // held while stopping, so Dispose cannot free the solver under a running check
                    if (!_disposed && _stall.IsStalled(_clock.Elapsed))
                        wrapper.StopSearch();
            }, null, CheckEvery, CheckEvery);
        }

        public override void NewBestBound(double bound)
        {
            lock (_gate)
                _stall?.Observe(bound, _clock.Elapsed);
            _onBound?.Invoke(bound);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _timer?.Dispose();
                lock (_gate)
                    _disposed = true;
            }
            base.Dispose(disposing);
        }
    }

    private sealed class LogSink(Action<string> log) : LogCallback
    {
        public override void NewMessage(string message) => log(message);
    }
}
