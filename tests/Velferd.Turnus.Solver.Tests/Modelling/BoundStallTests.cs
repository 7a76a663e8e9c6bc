using Velferd.Turnus.Solver.Modelling;

namespace Velferd.Turnus.Solver.Tests.Modelling;

public sealed class BoundStallTests
{
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void The_wait_starts_at_the_first_bound()
    {
        var stall = new BoundStall(Seconds(3), 0);

        Assert.False(stall.IsStalled(Seconds(100)));
        stall.Observe(100, Seconds(10));
        Assert.False(stall.IsStalled(Seconds(12.9)));
        Assert.True(stall.IsStalled(Seconds(13)));
    }

    [Fact]
    public void Without_a_share_every_rise_restarts_the_wait()
    {
        var stall = new BoundStall(Seconds(3), 0);
        stall.Observe(1000, Seconds(0));

        stall.Observe(1000.01, Seconds(2));

        Assert.False(stall.IsStalled(Seconds(4)));
        Assert.True(stall.IsStalled(Seconds(5)));
    }

    [Fact]
    public void A_creeping_bound_counts_as_stalled_while_a_real_rise_restarts_the_wait()
    {
        var stall = new BoundStall(Seconds(3), 0.001);
        stall.Observe(1000, Seconds(0));

        // Creeps of 0.05 % each: measured from the last counted rise (1000), not from each other, so two of them add up.
        stall.Observe(1000.5, Seconds(1));
        Assert.True(stall.IsStalled(Seconds(3)));
        stall.Observe(1001.1, Seconds(3.5)); // 0.11 % above 1000: a rise
        Assert.False(stall.IsStalled(Seconds(6)));
        Assert.True(stall.IsStalled(Seconds(6.5)));
    }
}
