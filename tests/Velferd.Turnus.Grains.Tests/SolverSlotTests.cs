using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Velferd.Turnus.Grains.Workers;
using Xunit;

namespace Velferd.Turnus.Grains.Tests;

/// <summary>District solves share the silo's solver slots with planning jobs: the slot bound holds for both.</summary>
public sealed class SolverSlotTests
{
    [Fact]
    public async Task Work_in_slots_never_runs_more_at_once_than_the_silo_has_slots()
    {
        using var host = new SolverHost(null!, Options.Create(new GrainOptions { SolverSlots = 1 }), NullLogger<SolverHost>.Instance);
        using var releaseFirst = new ManualResetEventSlim();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = false;

        var first = host.RunInSlotAsync(_ =>
        {
            firstStarted.SetResult();
            releaseFirst.Wait();
            return 1;
        });
        await firstStarted.Task;
        var second = host.RunInSlotAsync(_ =>
        {
            secondStarted = true;
            return 2;
        });

        Assert.Equal(1, host.Load("silo").Running);
        Assert.False(second.IsCompleted);
        Assert.False(Volatile.Read(ref secondStarted));
        releaseFirst.Set();
        Assert.Equal(1, await first);
        Assert.Equal(2, await second);
        Assert.Equal(0, host.Load("silo").Running);
    }

    [Fact]
    public async Task Work_cut_short_by_the_silo_stopping_is_not_returned_as_a_result()
    {
        using var host = new SolverHost(null!, Options.Create(new GrainOptions { SolverSlots = 1 }), NullLogger<SolverHost>.Instance);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = host.RunInSlotAsync(stopping =>
        {
            started.SetResult();
            stopping.WaitHandle.WaitOne();
            return "half a search";
        });
        await started.Task;
        await host.StopAsync(CancellationToken.None);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }
}
